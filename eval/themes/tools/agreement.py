# Agreement between the gold labels of heldout.jsonl and a second, blind labelling (second_labels_heldout.txt,
# "id | themes" per line, "-" = none): per-theme F1 and Cohen's kappa with the gold labels as reference, and the
# macro-F1 a second labeller reaches, which bounds what a model can be expected to reach on this split.
# Usage (from the repository root): python3 eval/themes/tools/agreement.py
import json
IDS=['persontilpasset-medisin','helsedata','kliniske-studier','innovasjon-naering','anskaffelser','folkehelse','helsepersonell-kompetanse','digitalisering','baerekraft-finansiering','etikk-juss','organisering-mandat','kommunikasjon','motebehandling']
gold={}
for l in open('eval/themes/heldout.jsonl'):
    d=json.loads(l); gold[d['id']]=set(d['themes'])
second={}
for l in open('eval/themes/tools/second_labels_heldout.txt'):
    i,t=l.rstrip('\n').split(' | ')
    second[i]=set() if t.strip()=='-' else set(t.split())
assert set(gold)==set(second), 'the two labellings must cover the same passages'
n=len(gold); f1s=[]; TP=FP=FN=0
print(f"{'tema':27} {'fasit':>5} {'andre':>5} {'F1':>6} {'kappa':>6}")
for t in IDS:
    g={i for i in gold if t in gold[i]}; s={i for i in second if t in second[i]}
    tp=len(g&s); fp=len(s-g); fn=len(g-s); TP+=tp; FP+=fp; FN+=fn
    f1=0 if tp==0 else 2*tp/(2*tp+fp+fn); f1s.append(f1)
    po=(n-fp-fn)/n; pe=(len(g)/n)*(len(s)/n)+(1-len(g)/n)*(1-len(s)/n)
    kappa=(po-pe)/(1-pe) if pe<1 else 1.0
    print(f"{t:27} {len(g):5} {len(s):5} {f1:6.3f} {kappa:6.3f}")
print(f"makro-F1 {sum(f1s)/len(f1s):.3f}, mikro-F1 {2*TP/(2*TP+FP+FN):.3f}, like temamengder {sum(gold[i]==second[i] for i in gold)}/{n}")
