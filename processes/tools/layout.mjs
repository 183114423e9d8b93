// Regenerates the diagram interchange (bpmndi) of every BPMN file in processes/ (or of the files named on the
// command line): `cd processes/tools && npm ci && node layout.mjs`.
//
// The process section of each file is kept byte for byte (comments included); only the <bpmndi:BPMNDiagram>
// element at the end of the file is replaced. Layout: bpmn-auto-layout (bpmn.io), then Kaohe's touches:
// boundary events spread along their task's lower edge with their labels beside them, their branches
// drawn straight down and right, loops drawn back over the top of the row, integer coordinates.
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const processesDir = path.resolve(here, '..');
const DIAGRAM = /\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/;
const CLOSE = '</bpmn:definitions>';
const LOOP_CLEARANCE = 25;
const AUTO_CELL_WIDTH = 150; // bpmn-auto-layout's grid
const AUTO_CELL_HEIGHT = 140;
const CELL_WIDTH = 190; // Kaohe's
const CELL_HEIGHT = 150;
const MARGIN = 20;
const LABEL_HEIGHT = 14;

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : fs.readdirSync(processesDir).filter(f => f.endsWith('.bpmn')).sort().map(f => path.join(processesDir, f));

for (const file of files) {
  const original = fs.readFileSync(file, 'utf8');
  const processXml = original.replace(DIAGRAM, '');
  const diagram = await diagramFor(processXml);
  const at = processXml.lastIndexOf(CLOSE);
  if (at < 0) throw new Error(`${file}: no ${CLOSE}`);
  const result = processXml.slice(0, at).replace(/\s*$/, '\n') + diagram + '\n' + processXml.slice(at);
  if (result !== original) {
    fs.writeFileSync(file, result);
    console.log(`laid out ${path.relative(process.cwd(), file)}`);
  } else {
    console.log(`unchanged ${path.relative(process.cwd(), file)}`);
  }
}

async function diagramFor(processXml) {
  const moddle = new BpmnModdle();
  const { rootElement: definitions } = await moddle.fromXML(processXml);
  // bpmn-auto-layout follows <bpmn:outgoing>/<bpmn:incoming>, which Kaohe's hand-written files leave out.
  for (const proc of definitions.rootElements.filter(e => e.$type === 'bpmn:Process')) {
    for (const flow of (proc.flowElements || []).filter(e => e.$type === 'bpmn:SequenceFlow')) {
      flow.sourceRef.get('outgoing').push(flow);
      flow.targetRef.get('incoming').push(flow);
    }
  }
  const { xml: linked } = await moddle.toXML(definitions);
  const laidOut = await layoutProcess(linked);
  const { rootElement: result } = await moddle.fromXML(laidOut);
  const diagram = result.diagrams[0];
  polish(diagram, result);
  const { xml } = await moddle.toXML(diagram, { format: true });
  return indent(xml.replace(/^<\?xml[^>]*>\s*/, ''), '  ');
}

function polish(diagram, definitions) {
  const plane = diagram.plane;
  const model = definitions.$model;
  const shapes = new Map();
  const edges = new Map();
  for (const el of plane.planeElement) {
    if (el.$type === 'bpmndi:BPMNShape') shapes.set(el.bpmnElement.id, el);
    if (el.$type === 'bpmndi:BPMNEdge') edges.set(el.bpmnElement.id, el);
  }
  const flowElements = definitions.rootElements
    .filter(e => e.$type === 'bpmn:Process')
    .flatMap(p => p.flowElements || []);
  const flows = flowElements.filter(e => e.$type === 'bpmn:SequenceFlow');
  const boundaries = flowElements.filter(e => e.$type === 'bpmn:BoundaryEvent');
  const isBoundary = id => boundaries.some(e => e.id === id);
  const b = id => shapes.get(id).bounds;
  const cx = bounds => bounds.x + bounds.width / 2;
  const cy = bounds => bounds.y + bounds.height / 2;
  const wp = (x, y) => model.create('dc:Point', { x: Math.round(x), y: Math.round(y) });
  const outgoingOf = id => flows.filter(f => f.sourceRef.id === id);
  const isGateway = el => /Gateway$/.test(el.$type);
  // whether an orthogonal route passes through no shape but its ends (and the ends' boundary events)
  const clear = (route, ends) => {
    const attached = boundaries.filter(e => ends.includes(e.attachedToRef.id)).map(e => e.id);
    const obstacles = [...shapes.entries()].filter(([id]) => !ends.includes(id) && !attached.includes(id));
    for (let i = 1; i < route.length; i++) {
      const [[x1, y1], [x2, y2]] = [route[i - 1], route[i]];
      const [left, right, top, bottom] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
      for (const [, shape] of obstacles) {
        const o = shape.bounds;
        if (left < o.x + o.width && right > o.x && top < o.y + o.height && bottom > o.y) return false;
      }
    }
    return true;
  };

  // 1. The grid of bpmn-auto-layout (cells of 150 × 140), widened so that labels fit between the columns.
  for (const [id, shape] of shapes) {
    if (isBoundary(id)) continue;
    const bounds = shape.bounds;
    const col = Math.floor(cx(bounds) / AUTO_CELL_WIDTH);
    const row = Math.floor(cy(bounds) / AUTO_CELL_HEIGHT);
    bounds.x = MARGIN + col * CELL_WIDTH + (CELL_WIDTH - bounds.width) / 2;
    bounds.y = MARGIN + row * CELL_HEIGHT + (CELL_HEIGHT - bounds.height) / 2;
    delete shape.label;
  }

  // 2. Boundary events spread along the lower edge of their task, the one whose branch goes deepest on the left, so
  // that branches never cross; labels beside the event: left of the first, right of the others, one text line
  // lower, so that the labels of neighbouring tasks never meet.
  const byHost = new Map();
  for (const event of boundaries) {
    const host = event.attachedToRef.id;
    if (!byHost.has(host)) byHost.set(host, []);
    byHost.get(host).push(event);
  }
  for (const [host, events] of byHost) {
    const hb = b(host);
    const depth = e => Math.max(0, ...outgoingOf(e.id).map(f => b(f.targetRef.id).y));
    events.sort((a, c) => depth(c) - depth(a) || a.id.localeCompare(c.id));
    events.forEach((event, i) => {
      const shape = shapes.get(event.id);
      const eb = shape.bounds;
      const centre = events.length === 1 ? hb.x + hb.width * 0.7 : hb.x + 18 + i * (hb.width - 36) / (events.length - 1);
      eb.x = centre - eb.width / 2;
      eb.y = hb.y + hb.height - eb.height / 2;
      const left = i === 0 && events.length > 1;
      const width = labelWidth(event.name);
      shape.label = model.create('bpmndi:BPMNLabel', {
        bounds: model.create('dc:Bounds', {
          x: left ? eb.x - width + 6 : eb.x + eb.width - 6,
          y: eb.y + eb.height + (left ? -6 : 8),
          width,
          height: LABEL_HEIGHT,
        }),
      });
    });
  }

  // 3. Every flow routed again, orthogonally: straight along a row; out of a gateway's top or bottom into another
  // row; into a gateway's top or bottom from another row; loops back along the gap between rows.
  for (const flow of flows) {
    const source = flow.sourceRef;
    const target = flow.targetRef;
    const sb = b(source.id);
    const tb = b(target.id);
    let points;
    if (source.$type === 'bpmn:BoundaryEvent') {
      points = cy(tb) > sb.y + sb.height
        ? [[cx(sb), sb.y + sb.height], [cx(sb), cy(tb)], [tb.x, cy(tb)]]
        : [[cx(sb), sb.y + sb.height], [cx(sb), sb.y + sb.height + LOOP_CLEARANCE], [cx(tb), sb.y + sb.height + LOOP_CLEARANCE], [cx(tb), tb.y + tb.height]];
    } else if (tb.x + tb.width <= sb.x) {
      const above = cy(tb) < cy(sb) - CELL_HEIGHT / 2;
      const y = above ? cy(tb) + CELL_HEIGHT / 2 : cy(sb) - CELL_HEIGHT / 2;
      points = [[cx(sb), sb.y], [cx(sb), y], [cx(tb), y], [cx(tb), above ? tb.y + tb.height : tb.y]];
    } else if (Math.abs(cy(sb) - cy(tb)) < 1) {
      points = [[sb.x + sb.width, cy(sb)], [tb.x, cy(tb)]];
    } else {
      const down = cy(tb) > cy(sb);
      const candidates = [];
      if (isGateway(source)) candidates.push([[cx(sb), down ? sb.y + sb.height : sb.y], [cx(sb), cy(tb)], [tb.x, cy(tb)]]);
      if (isGateway(target)) candidates.push([[sb.x + sb.width, cy(sb)], [cx(tb), cy(sb)], [cx(tb), down ? tb.y : tb.y + tb.height]]);
      for (const x of [(sb.x + sb.width + tb.x) / 2, tb.x - 15]) {
        candidates.push([[sb.x + sb.width, cy(sb)], [x, cy(sb)], [x, cy(tb)], [tb.x, cy(tb)]]);
      }
      points = candidates.find(route => clear(route, [source.id, target.id])) || candidates[0];
    }
    const edge = edges.get(flow.id);
    edge.waypoint = points.map(([x, y]) => wp(x, y));
    delete edge.label;
    if (flow.name) {
      const [[x1, y1], [x2, y2]] = points.slice(-2);
      const width = labelWidth(flow.name);
      // the label of a gateway's branch next to where it leaves the gateway
      const [[sx, sy], [nx, ny]] = points;
      const vertical = Math.abs(sx - nx) < 1;
      edge.label = model.create('bpmndi:BPMNLabel', {
        bounds: model.create('dc:Bounds', vertical
          ? { x: sx + 6, y: sy + (ny > sy ? 26 : -26 - LABEL_HEIGHT), width, height: LABEL_HEIGHT }
          : { x: sx + 8, y: sy - LABEL_HEIGHT - 4, width, height: LABEL_HEIGHT }),
      });
      void x1; void y1; void x2; void y2;
    }
  }

  // 4. Whole numbers.
  for (const shape of shapes.values()) roundBounds(shape.bounds, shape.label);
  for (const edge of edges.values()) if (edge.label) roundBounds(edge.label.bounds);
}

function roundBounds(...all) {
  for (const item of all.filter(Boolean)) {
    const bounds = item.bounds || item;
    for (const key of ['x', 'y', 'width', 'height']) bounds[key] = Math.round(bounds[key]);
  }
}

function labelWidth(text) {
  const chars = [...(text || '')];
  const width = chars.reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 12 : 7), 0);
  return Math.min(Math.max(width + 4, 24), 110);
}

function indent(xml, prefix) {
  return xml.split('\n').filter(l => l.length).map(l => prefix + l).join('\n');
}
