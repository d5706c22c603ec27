# Builds eval/themes/authored.jsonl from authored*.txt ("tags | text" per line, tags as in corpus_labels.txt).
# These short examples were written by hand for training only (see GUIDELINES.md); they are never evaluated.
# Usage (from the repository root): python3 eval/themes/tools/build_authored.py
import json
AB={'pm':'persontilpasset-medisin','hd':'helsedata','ks':'kliniske-studier','in':'innovasjon-naering','an':'anskaffelser','fh':'folkehelse','hp':'helsepersonell-kompetanse','di':'digitalisering','bf':'baerekraft-finansiering','ej':'etikk-juss','om':'organisering-mandat','ko':'kommunikasjon','mb':'motebehandling'}
ORDER=list(AB.values())
# Batch 1: one sentence each; batch 2: 2-4 sentences in council-paper registers; batch 3: nynorsk, other document
# kinds, short agenda lines (3a) and theme boundaries (3b); batch 4: general news and encyclopaedia text about none of
# the themes (negatives, so a model that never sees NorQuAD still meets text that is not council business). '-' = no theme.
FILES=['authored.txt','authored2a.txt','authored2b.txt','authored3a.txt','authored3b.txt','authored4.txt']
with open('eval/themes/authored.jsonl','w') as f:
    lines=[l for name in FILES for l in open(f'eval/themes/tools/{name}') if l.strip()]
    for i,l in enumerate(lines):
        tags,text=l.split(' | ',1)
        th=sorted([AB[t] for t in tags.split() if t!='-'],key=ORDER.index)
        f.write(json.dumps(dict(id=f"authored-{i+1:03d}",text=text.strip(),themes=th,source="authored: written for training by the themes engineer (see GUIDELINES.md)",group="authored"),ensure_ascii=False)+"\n")
