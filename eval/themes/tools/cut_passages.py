# Cuts the two corpus PDFs into paragraph-level passages (run from the repository root; needs pdftotext).
# Blank-line separated blocks per page; bullet items become their own block; blocks shorter than 90
# characters are merged with the next; blocks over 900 characters are split at sentence ends.
# Usage: python3 eval/themes/tools/cut_passages.py /tmp/passages.jsonl
import json,re,subprocess,sys
parts_ho21=[(1,1,"sak24"),(2,2,"sak25"),(3,3,"sak26"),(4,7,"referat2"),(8,9,"sak27"),(10,12,"handlingsplan"),(13,16,"kommplan"),(17,18,"sak28"),(19,20,"sak29"),(21,26,"dialog"),(27,27,"sak30"),(28,31,"brev30"),(32,33,"sak31"),(34,34,"sak32"),(35,35,"sak33")]
def part(p,parts):
    for a,b,n in parts:
        if a<=p<=b: return n
    return "mandat"
def pages(pdf,n):
    for p in range(1,n+1):
        t=subprocess.run(["pdftotext","-f",str(p),"-l",str(p),pdf,"-"],capture_output=True,text=True).stdout
        yield p,t
bullet=re.compile(r'^\s*(•|- |–\s|o |e |\d+\.\s)')
out=[]
def emit(doc,p,prt,txt):
    txt=re.sub(r'[ \t]+',' ',txt).strip()
    if txt: out.append(dict(doc=doc,page=p,part=prt,text=txt))
for doc,pdf,n,parts in [("ho21","corpus/ho21-mote-2022-03-saksdokumenter.pdf",35,parts_ho21),("mandat","corpus/norprem-revidert-mandat-2024.pdf",4,[])]:
    for p,t in pages(pdf,n):
        prt=part(p,parts) if parts else "mandat"
        chunks=re.split(r'\n\s*\n',t)
        items=[]
        for c in chunks:
            lines=[l for l in c.split('\n') if l.strip()]
            cur=[]
            for l in lines:
                if bullet.match(l) and cur:
                    items.append(' '.join(cur)); cur=[]
                cur.append(l.strip())
            if cur: items.append(' '.join(cur))
        # merge short items forward
        buf=""
        for it in items:
            it=re.sub(r'(\w)- (\w)',r'\1\2',it) if False else it
            buf=(buf+" "+it).strip() if buf else it
            if len(buf)>=90:
                emit(doc,p,prt,buf); buf=""
        if buf:
            if out and out[-1]["page"]==p and out[-1]["doc"]==doc and len(out[-1]["text"])<700: out[-1]["text"]+=" "+buf
            else: emit(doc,p,prt,buf)
# split long
final=[]
for o in out:
    t=o["text"]
    if len(t)>900:
        sents=re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ«])',t); cur=""
        for s in sents:
            if cur and len(cur)+len(s)>600: final.append(dict(o,text=cur)); cur=s
            else: cur=(cur+" "+s).strip()
        if cur: final.append(dict(o,text=cur))
    else: final.append(o)
for i,o in enumerate(final): o["id"]=f"{o['doc']}-p{o['page']:02d}-{i:03d}"
with open(sys.argv[1] if len(sys.argv)>1 else "/tmp/passages.jsonl","w") as f:
    for o in final: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(final), sum(len(o['text']) for o in final)/len(final))
