"""Add a BPMNDiagram to a hand-written, diagram-less BPMN file without touching its text otherwise.

usage: python3 processes/tools/layout.py in.bpmn out.bpmn
(to change a model: remove its bpmndi part and the three bpmndi/dc/di xmlns lines, edit, update
the layout below, run this; or edit in Camunda Modeler, which keeps both in step)   (layout spec below, keyed by process id)
Shapes are given by centre; edges by waypoints (or straight left-to-right when omitted).
"""
import sys, re, xml.etree.ElementTree as ET

B = '{http://www.omg.org/spec/BPMN/20100524/MODEL}'
SIZE = {'task': (100, 80), 'event': (36, 36), 'gateway': (50, 50)}
LW, LH = 90, 27  # default label box

def kind(tag):
    t = tag.replace(B, '')
    if t.endswith('Task'): return 'task'
    if t.endswith('Event'): return 'event'
    if t.endswith('Gateway'): return 'gateway'
    raise ValueError(t)

# ---------------------------------------------------------------- layouts
Y, YB, YT = 200, 330, 90   # main row, branch row below, loop lane above
LAYOUT = {
 'planLifecycle': {
  'shapes': {
   'startEvent_planStarted': (180, Y, 'below'),
   'serviceTask_createDraft': (290, Y),
   'gateway_joinDraft': (410, Y),
   'userTask_draftPlan': (520, Y),
   'userTask_reviewPlan': (670, Y),
   'gateway_reviewDecision': (800, Y, 'below'),
   'userTask_chairmanApprovePlan': (930, Y),
   'gateway_chairmanDecision': (1060, Y, 'above'),
   'userTask_issuePlan': (1190, Y),
   'serviceTask_startUnitCampaigns': (1340, Y),
   'gateway_joinWaitForReports': (1470, Y),
   'gateway_waitForReports': (1570, Y, 'above'),
   'catchEvent_allUnitsReported': (1680, Y, 'below'),
   'timerEvent_reportDeadline': (1680, YB, 'below'),
   'userTask_followUpLateUnits': (1800, YB),
   'gateway_followUpDecision': (1940, YB, 'above'),
   'gateway_joinConsolidation': (2060, Y),
   'serviceTask_computeConsolidation': (2170, Y),
   'userTask_consolidate': (2320, Y),
   'userTask_reviewReport': (2470, Y),
   'gateway_reportReviewDecision': (2600, Y, 'below'),
   'userTask_chairmanApproveReport': (2730, Y),
   'gateway_reportChairmanDecision': (2860, Y, 'below'),
   'userTask_issueReport': (2990, Y),
   'serviceTask_openAwardProposals': (3140, Y),
   'gateway_waitForProposals': (3270, Y, 'above'),
   'catchEvent_allProposalsSubmitted': (3380, Y, 'below'),
   'timerEvent_proposalDeadline': (3380, YB, 'below'),
   'gateway_joinProposalReview': (3500, Y),
   'userTask_reviewProposals': (3610, Y),
   'gateway_joinCouncilMeeting': (3740, Y),
   'userTask_openCouncilMeeting': (3850, Y),
   'userTask_councilVote': (4000, Y),
   'serviceTask_closeCouncilMeeting': (4150, Y),
   'userTask_chairmanApproveAwards': (4300, Y),
   'gateway_awardDecision': (4430, Y, 'below'),
   'userTask_issueAwardDecision': (4560, Y),
   'endEvent_awardsIssued': (4690, Y, 'below'),
  },
  'edges': {
   # review returns: above the row into the draft merge's top
   'flow_reviewReturned': ([(800, 175), (800, YT), (410, YT), (410, 175)], (580, YT - 20)),
   # chairman returns: below the row into the draft merge's bottom
   'flow_chairmanReturned': ([(1060, 225), (1060, 300), (410, 300), (410, 225)], (720, 303)),
   'flow_reviewApproved': (None, (830, 178)),
   'flow_chairmanApproved': (None, (1090, 205)),
   'flow_toReportDeadline': ([(1570, 225), (1570, YB), (1662, YB)], None),
   'flow_allReportedToConsolidation': ([(1698, Y), (2035, Y)], None),
   'flow_toFollowUpGateway': ([(1850, YB), (1915, YB)], None),
   # wait longer: under the follow-up branch, back into the reports merge's bottom
   'flow_waitLonger': ([(1940, YB + 25), (1940, 420), (1470, 420), (1470, 225)], (1680, 423)),
   'flow_consolidateNow': ([(1965, YB), (2060, YB), (2060, 225)], (1972, YB - 22)),
   # report returns: above the row into the consolidation merge's top (recomputed with late reports)
   'flow_reportReviewReturned': ([(2600, 175), (2600, YT), (2060, YT), (2060, 175)], (2330, YT - 20)),
   'flow_reportChairmanReturned': ([(2860, 175), (2860, 55), (2060, 55), (2060, 175)], (2460, 35)),
   'flow_reportReviewApproved': (None, (2630, 178)),
   'flow_reportChairmanApproved': (None, (2890, 178)),
   'flow_toProposalDeadline': ([(3270, 225), (3270, YB), (3362, YB)], None),
   'flow_deadlineToCouncil': ([(3398, YB), (3500, YB), (3500, 225)], None),
   # award returns: above the row into the council meeting merge's top (the council meets again)
   'flow_awardReturned': ([(4430, 175), (4430, YT), (3740, YT), (3740, 175)], (4060, YT - 20)),
   'flow_awardApproved': (None, (4460, 178)),
  },
 },
 'unitCampaign': {
  'shapes': {
   'startEvent_planReceived': (180, Y, 'below'),
   'userTask_reportLaunch': (300, Y),
   'timerEvent_launchReminder': (280, 160, 'above'),
   'serviceTask_remindLaunch': (430, 70),
   'endEvent_launchReminded': (560, 70, 'below'),
   'timerEvent_launchOverdue': (320, 240, 'belowleft'),
   'serviceTask_markLaunchOverdue': (430, YB),
   'endEvent_launchOverdueMarked': (560, YB, 'below'),
   'gateway_interimRequired': (440, Y, 'below'),
   'userTask_reportInterim': (580, Y),
   'gateway_joinFinal': (720, Y),
   'userTask_reportFinal': (990, Y),
   'timerEvent_reportReminder': (970, 160, 'above'),
   'serviceTask_remindReport': (1120, 70),
   'endEvent_reportReminded': (1250, 70, 'below'),
   'timerEvent_reportOverdue': (1010, 240, 'belowleft'),
   'serviceTask_markReportOverdue': (1120, YB),
   'endEvent_reportOverdueMarked': (1250, YB, 'below'),
   'serviceTask_recordReported': (1140, Y),
   'catchEvent_awardProposalsOpened': (1270, Y, 'below'),
   'userTask_proposeAwards': (1390, Y),
   'boundaryEvent_roundClosedWhileProposing': (1390, 240, 'belowleft'),
   'endEvent_closedWhileProposing': (1390, 340, 'below'),
   'serviceTask_recordProposals': (1540, Y),
   'gateway_joinAwaitReview': (1660, Y),
   'gateway_awaitReview': (1750, Y, 'above'),
   'catchEvent_awardRoundClosed': (1840, Y, 'below'),
   'endEvent_unitDone': (1950, Y, 'below'),
   'catchEvent_proposalReturned': (1840, YB, 'below'),
   'userTask_correctProposals': (1950, YB),
   'boundaryEvent_roundClosedWhileCorrecting': (2000, 290, 'above'),
   'endEvent_closedWhileCorrecting': (2080, 290, 'below'),
  },
  'edges': {
   'flow_closedWhileProposing': ([(1390, 258), (1390, 322)], None),
   'flow_toProposalReturned': ([(1750, 225), (1750, YB), (1822, YB)], None),
   'flow_closedWhileCorrecting': ([(2018, 290), (2062, 290)], None),
   # corrected after a return: under the branch, back into the review wait's merge
   'flow_correctedToJoin': ([(1950, 370), (1950, 420), (1660, 420), (1660, 225)], None),
   'flow_toInterim': (None, (465, 178)),
   'flow_noInterim': ([(440, 175), (440, 125), (720, 125), (720, 175)], (600, 128)),
   'flow_toMarkLaunchOverdue': ([(320, 258), (320, YB), (380, YB)], None),
   'flow_toRemindLaunch': ([(280, 142), (280, 70), (380, 70)], None),
   'flow_toRemindReport': ([(970, 142), (970, 70), (1070, 70)], None),
   'flow_toMarkReportOverdue': ([(1010, 258), (1010, YB), (1070, YB)], None),
  },
 },
}

# ---------------------------------------------------------------- generator
def label_box(cx, cy, w, h, pos, text):
    lines = max(1, min(3, (len(text) * 6 + LW - 1) // LW))
    lh = 14 * lines
    if pos == 'below': return (cx - LW / 2, cy + h / 2 + 5, LW, lh)
    if pos == 'above': return (cx - LW / 2, cy - h / 2 - 5 - lh, LW, lh)
    if pos == 'belowleft': return (cx - w / 2 - LW - 2, cy + h / 2 - 4, LW, lh)
    raise ValueError(pos)

def fmt(v): return str(int(round(v)))

def generate(src_text):
    root = ET.fromstring(src_text.encode('utf-8'))
    out = []
    for proc in root.iter(B + 'process'):
        pid = proc.get('id'); spec = LAYOUT[pid]
        nodes, flows = {}, []
        for el in proc:
            tag = el.tag.replace(B, '')
            if tag == 'sequenceFlow': flows.append(el)
            elif el.get('id'): nodes[el.get('id')] = el
        missing = set(nodes) ^ set(spec['shapes'])
        assert not missing, f'layout/shape mismatch: {missing}'
        geo = {}
        out.append(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{pid}">')
        out.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_{pid}" bpmnElement="{pid}">')
        for nid, el in nodes.items():
            cx, cy, *lp = spec['shapes'][nid]
            w, h = SIZE[kind(el.tag)]
            geo[nid] = (cx, cy, w, h)
            x, y = cx - w / 2, cy - h / 2
            extra = ''
            if el.tag == B + 'exclusiveGateway': extra = ' isMarkerVisible="true"'
            out.append(f'      <bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{extra}>')
            out.append(f'        <dc:Bounds x="{fmt(x)}" y="{fmt(y)}" width="{w}" height="{h}" />')
            if lp and el.get('name'):
                lx, ly, lw, lh = label_box(cx, cy, w, h, lp[0], el.get('name'))
                out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{fmt(lx)}" y="{fmt(ly)}" width="{fmt(lw)}" height="{fmt(lh)}" /></bpmndi:BPMNLabel>')
            out.append('      </bpmndi:BPMNShape>')
        for f in flows:
            fid = f.get('id'); s, t = f.get('sourceRef'), f.get('targetRef')
            wps, lab = spec['edges'].get(fid, (None, None))
            if wps is None:
                sx, sy, sw, sh = geo[s]; tx, ty, tw, th = geo[t]
                assert sy == ty, f'{fid}: needs explicit waypoints'
                wps = [(sx + sw / 2, sy), (tx - tw / 2, ty)]
            for a, b in zip(wps, wps[1:]):
                assert a[0] == b[0] or a[1] == b[1], f'{fid}: diagonal segment {a}->{b}'
            out.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">')
            for px, py in wps:
                out.append(f'        <di:waypoint x="{fmt(px)}" y="{fmt(py)}" />')
            if f.get('name'):
                assert lab, f'{fid}: named flow needs a label position'
                lw = max(30, len(f.get('name')) * 7)
                out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{fmt(lab[0])}" y="{fmt(lab[1])}" width="{lw}" height="14" /></bpmndi:BPMNLabel>')
            out.append('      </bpmndi:BPMNEdge>')
        out.append('    </bpmndi:BPMNPlane>')
        out.append('  </bpmndi:BPMNDiagram>')
    return '\n'.join(out) + '\n'

def splice(text, di):
    assert 'bpmndi:' not in text, 'already has a diagram'
    ns = ('\n                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
          '\n                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
          '\n                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"')
    text, n = re.subn(r'(xmlns:camunda="http://camunda.org/schema/1.0/bpmn")', r'\1' + ns, text, count=1)
    assert n == 1
    i = text.rindex('</bpmn:definitions>')
    return text[:i] + di + text[i:]

if __name__ == '__main__':
    src = open(sys.argv[1], encoding='utf-8').read()
    res = splice(src, generate(src))
    if not res.endswith('\n'): res += '\n'
    open(sys.argv[2], 'w', encoding='utf-8').write(res)
