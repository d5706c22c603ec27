# Builds eval/themes/train.jsonl and heldout.jsonl from the cut passages, the hand labels in corpus_labels.txt
# (one line per passage: index and theme abbreviations, "-" for none) and the NorQuAD labels below.
# Held-out: whole groups (runs of up to five consecutive passages of one document part) chosen, rarest theme
# first, until each theme has about a quarter of its positives held out; every fourth NorQuAD passage (hash order).
# Usage (from the repository root): python3 eval/themes/tools/build_splits.py /tmp/passages.jsonl
import json,hashlib,collections
AB={'pm':'persontilpasset-medisin','hd':'helsedata','ks':'kliniske-studier','in':'innovasjon-naering','an':'anskaffelser','fh':'folkehelse','hp':'helsepersonell-kompetanse','di':'digitalisering','bf':'baerekraft-finansiering','ej':'etikk-juss','om':'organisering-mandat','ko':'kommunikasjon','mb':'motebehandling'}
ORDER=list(AB.values())
import sys
blocks=[json.loads(l) for l in open(sys.argv[1] if len(sys.argv)>1 else '/tmp/passages.jsonl')]
labels={}
for l in open('eval/themes/tools/corpus_labels.txt'):
    i,*ts=l.split(); labels[int(i)]=[] if ts==['-'] else [AB[t] for t in ts]
NQ={'v0010':['fh'],'v0016':['fh'],'v0033':['ej'],'v0046':['fh'],'v0061':['ej'],'v0100':['hp'],'v0139':['ej','ko'],'v0306':['fh']}
src={'ho21':'ho21-mote-2022-03-saksdokumenter.pdf','mandat':'norprem-revidert-mandat-2024.pdf'}
items=[];groups=collections.OrderedDict()
prevpart=None;k=0;gi=0
for i,b in enumerate(blocks):
    if b['part']!=prevpart: prevpart=b['part'];k=0;gi+=1
    elif k%5==0: gi+=1
    k+=1
    g=f"{b['part']}#{gi}"
    th=sorted(labels[i],key=ORDER.index)
    it=dict(id=f"{b['doc']}-p{b['page']:02d}-b{i:03d}",text=b['text'],themes=th,source=f"{src[b['doc']]}#page={b['page']}",group=g)
    items.append(it);groups.setdefault(g,[]).append(it)
for l in open('../shared/data/norquad/passages.jsonl'):
    o=json.loads(l)
    th=sorted([AB[t] for t in NQ.get(o['id'],[])],key=ORDER.index)
    # NorQuAD text is read from ../shared at run time and never committed: the line names the passage ("ref").
    it=dict(id='norquad-'+o['id'],ref='norquad:'+o['id'],text=o['text'],themes=th,source='../shared/data/norquad/passages.jsonl#'+o['id'],group='norquad-'+o['id'],origin=f"norquad:{int(hashlib.sha256(('norquad-'+o['id']).encode()).hexdigest(),16)%4+1}")
    items.append(it);groups[it['group']]=[it]
# near-duplicates (the Sak 31 paper repeats bullets of the action plan; the dialogue summary repeats one
# sentence four times): keep the first occurrence only (word-set Jaccard similarity >= 0.6), so no text is both
# in training and held out
import re
def words(t): return set(re.findall(r'\w+',t.lower()))
kept=[];dropped=[]
for it in items:
    if it['group'].startswith('norquad'): kept.append(it); continue
    w=words(it['text'])
    if any(len(w&words(k['text']))/len(w|words(k['text']))>=0.6 for k in kept if not k['group'].startswith('norquad')):
        dropped.append(it['id']); continue
    kept.append(it)
print('dropped near-duplicates:',dropped)
items=kept
groups=collections.OrderedDict()
for it in items: groups.setdefault(it['group'],[]).append(it)
# split: corpus groups chosen to hold ~25% of each theme's positives, rarest theme first; order by hash for determinism
def h(s): return hashlib.sha256(s.encode()).hexdigest()
tot=collections.Counter(t for it in items for t in it['themes'])
held=set();cnt=collections.Counter()
corpus_groups=sorted([g for g in groups if not g.startswith('norquad')],key=h)
for t in sorted(ORDER,key=lambda t:tot[t]):
    for g in corpus_groups:
        if cnt[t]>=round(0.25*tot[t]): break
        if g in held: continue
        if any(t in it['themes'] for it in groups[g]):
            held.add(g)
            for it in groups[g]: cnt.update(it['themes'])
# NorQuAD: every 4th passage by hash order, plus labelled ones spread
nq=sorted([g for g in groups if g.startswith('norquad')],key=h)
for j,g in enumerate(nq):
    if j%4==0: held.add(g)
tr=[it for g in groups if g not in held for it in groups[g]]
ho=[it for g in groups if g in held for it in groups[g]]
import os
os.makedirs('eval/themes',exist_ok=True)
for name,lst in (('train',tr),('heldout',ho)):
    with open(f'eval/themes/{name}.jsonl','w') as f:
        for it in lst:
            row=dict(it)
            if 'ref' in row: del row['text']
            f.write(json.dumps(row,ensure_ascii=False)+'\n')
ctr=collections.Counter(t for it in tr for t in it['themes']); cho=collections.Counter(t for it in ho for t in it['themes'])
print(len(tr),len(ho))
for t in ORDER: print(f"{t:28} total {tot[t]:3} train {ctr[t]:3} heldout {cho[t]:3}")
