# Builds expected values for the golden tests from ../shared/seeds (independent of the C# parser).
import json,re,sys
def num(s):
    s=s.strip().replace('%','')
    return float(s.replace(',','.')) if s else None
def clean(s): return re.sub(r'\*+','',s).strip()
def bullets_after(lines, i):
    out=[]; j=i+1
    while j<len(lines) and (lines[j].strip()=='' ): j+=1
    while j<len(lines) and lines[j].startswith('- '):
        out.append(clean(lines[j][2:])); j+=1
    return out
def findings(lines, area_re, strong, improve):
    areas={}
    cur=None
    for i,l in enumerate(lines):
        t=l.strip()
        m=re.match(area_re,t)
        if m:
            cur=int(m.group(1)); areas.setdefault(cur,{'s':[],'i':[]})
        tl=clean(re.sub(r'^.*\*\*\*?(?=\w)','',t)) if '**' in t else t
        if cur is None: continue
        if re.search(strong+r'\**$',t): areas[cur]['s']+=bullets_after(lines,i)
        elif re.fullmatch(improve,t): areas[cur]['i']+=bullets_after(lines,i)
    return areas
def bot():
    L=open('/work/shared/seeds/botkyrka-2005.txt').read().split('\n')
    start=[i for i,l in enumerate(L) if l.startswith('4 Styrkor och förslag')][-1]
    end=[i for i,l in enumerate(L) if l.startswith('Kommunens resultat per område')][0]
    f=findings(L[start:end], r'^Område (\d)', r'Starka sidor', r'Förbättringsområden')
    qs=[]
    for l in L:
        c=l.split('\t')
        for g in (0,4):
            if len(c)>g+3:
                m=re.match(r'^(\d)\.(\d+) (.*)$',c[g])
                if m: qs.append({'id':f'{m.group(1)}.{m.group(2)}','area':int(m.group(1)),'text':m.group(3),'max':num(c[g+1]),'score':num(c[g+2])})
    t1={}
    i=[k for k,l in enumerate(L) if l.startswith('Områden\t2005')][0]
    for n in range(1,9):
        c=L[i+n].split('\t'); t1[n]=(num(c[1]),num(c[2]))
    tot=L[i+9].split('\t')
    comp=[]
    i=[k for k,l in enumerate(L) if l.startswith('Kriterium\t')][0]
    hdr=L[i].split('\t')
    rows=[L[i+k].split('\t') for k in range(1,10)]
    for c in range(2,len(hdr)):
        name,yr=hdr[c].rsplit(' ',1)
        comp.append({'municipality':name,'year':int(yr),'areaScores':{str(k):num(rows[k-1][c]) for k in range(1,9)},'total':num(rows[8][c])})
    areas=[{'number':n,'score':t1[n][0],'olderScaleScore':None,'previousScore':t1[n][1],'strengths':f[n]['s'],'improvements':f[n]['i']} for n in range(1,9)]
    return {'id':'0127-2005','municipality':{'name':'Botkyrka','code':'0127'},'year':2005,'evaluationDates':{'from':'2005-09-07','to':'2005-09-08'},'framework':'2002',
        'evaluators':[{'name':'Leif Eldås','organisation':'Sveriges Kommuner och Landsting'},{'name':'Inga-Lill Elwin','organisation':'Stockholms stad'}],
        'total':{'score':num(tot[1]),'max':800,'olderScale':None},'previous':{'year':2003,'total':num(tot[2])},'areas':areas,'questions':qs,'comparisons':comp}
def bor():
    L=open('/work/shared/seeds/borlange-2010.txt').read().split('\n')
    f={}
    cur=None
    for i,l in enumerate(L):
        m=re.match(r'^Sammanfattning område (\d)',l)
        if m: cur=int(m.group(1)); f[cur]={'s':[],'i':[]}
        if cur is None: continue
        if re.search(r'Styrkor\**$',l.strip()): f[cur]['s']+=bullets_after(L,i)
        elif l.strip()=='Förbättringsområden': f[cur]['i']+=bullets_after(L,i); cur=None
    # area 7's box title is missing in the seed: the last Styrkor before "Område 8"
    qs=[]
    for l in L:
        c=l.split('\t')
        if len(c)==5 and re.match(r'^\d\.\d+$',c[0]):
            qs.append({'id':c[0],'area':int(c[0][0]),'text':c[1],'max':num(c[3]),'score':num(c[2])})
    i=[k for k,l in enumerate(L) if l.startswith('\tNuvarande poängskala')][0]
    t1={n:(num(L[i+n].split('\t')[1]),num(L[i+n].split('\t')[2])) for n in range(1,9)}
    tot=L[i+9].split('\t')
    comp=[]
    i=[k for k,l in enumerate(L) if l.startswith('Kriterium\t')][0]
    hdr=L[i].split('\t'); rows=[L[i+k].split('\t') for k in range(1,10)]
    for c in range(2,len(hdr)):
        name,yr=hdr[c].rsplit(' ',1)
        comp.append({'municipality':name,'year':int(yr),'areaScores':{str(k):num(rows[k-1][c]) for k in range(1,9)},'total':num(rows[8][c])})
    areas=[{'number':n,'score':t1[n][0],'olderScaleScore':t1[n][1],'previousScore':None,'strengths':f.get(n,{'s':[]})['s'],'improvements':f.get(n,{'i':[]})['i']} for n in range(1,9)]
    return {'id':'2081-2010','municipality':{'name':'Borlänge','code':'2081'},'year':2010,'evaluationDates':{'from':'2010-06-15','to':'2010-06-17'},'framework':'2010',
        'evaluators':[{'name':'Ingmar Kärrsten','organisation':'Falkenbergs kommun'},{'name':'Leif Erichson','organisation':'Sveriges Kommuner och Landsting'}],
        'total':{'score':num(tot[1]),'max':800,'olderScale':num(tot[2])},'previous':None,'areas':areas,'questions':qs,'comparisons':comp}
for name,d in (('report-2005',bot()),('report-2010',bor())):
    for a in d['areas']: print(name,a['number'],len(a['strengths']),len(a['improvements']))
    print(name,'questions',len(d['questions']))
    json.dump(d,open(f'/tmp/{name}.seed.json','w'),ensure_ascii=False,indent=2)
