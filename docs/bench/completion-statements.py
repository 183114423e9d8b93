# Groups the statements of PostgreSQL's log (log_statement = all, prefix "%m [%p] %q%u@%d ") into transactions
# and prints how many statements each task completion (the inbox's lock statement) held; "show" prints the first and last.
import re,collections,sys
lines=open(sys.argv[1],'rb').read().decode('utf-8','replace').split('\n')
recs=[]
for l in lines:
    m=re.match(r'^\S+ \S+ UTC \[(\d+)\] (\S+) (\w+):\s+(.*)',l)
    if m: recs.append([m.group(1),m.group(2),m.group(3),m.group(4)])
    elif recs: recs[-1][3]+=' '+l.strip()
cur={}; out=[]
for pid,db,lvl,msg in recs:
    if lvl!='LOG' or 'kaohe_it' not in db: continue
    s=re.sub(r'^(execute [^:]*|statement|parse [^:]*|bind [^:]*):\s*','',msg)
    cur.setdefault((db,pid),[]).append(s)
    if s.upper().startswith('COMMIT') or s.upper().startswith('ROLLBACK'):
        out.append(cur.pop((db,pid)))
k=[t for t in out if any(('from act_ru_task where id_ = $1 for update' in x) or ('for update of t' in x) for x in t)]
def norm(s): return re.sub(r'\s+',' ',s)[:120]
print('completion txs',len(k), collections.Counter(len(t) for t in k).most_common(6))
if len(sys.argv)>2:
  for t in [k[0],k[-1]]:
    print('-----',len(t))
    for s in t: print('  ',norm(s))
