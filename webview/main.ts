import { connectHost } from './host-bridge';
import './components/map-app';
import type { EvidenceMapApp } from './components/map-app';

// The bridge must be in place before the app connects: it reads the saved state and starts
// listening in connectedCallback. The page's markup therefore holds no app element of its own.
const app = document.createElement('evidence-map-app') as EvidenceMapApp;
app.bridge = connectHost(document);
document.body.appendChild(app);
