// A stand-in for the `vscode` module, bundled in its place (esbuild `alias`) so that the benchmark
// can call the extension's `activate()` outside the editor and time it. It models an editor with
// no folder open in a trusted window: it implements what activation touches, counts every
// registration, and answers anything it does not model with a no-op that it also records, so the
// benchmark can say what was left out. It does nothing else: it is not a test double for behaviour.

/** What activation did, read by the benchmark's probe after `activate()` returns. */
export const benchRecord = { registrations: {}, unmodelled: [] };
globalThis[Symbol.for('growth-ledger.bench.vscode')] = benchRecord;

const count = (what) => {
  benchRecord.registrations[what] = (benchRecord.registrations[what] ?? 0) + 1;
};

export class Disposable {
  constructor(onDispose) {
    this.onDispose = onDispose;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  dispose() {
    this.onDispose?.();
    this.onDispose = undefined;
  }
}

/** A vscode `Event`: subscribing returns a disposable; nothing ever fires. */
const event = () => new Disposable();

export class EventEmitter {
  listeners = [];
  event = (listener) => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(value) {
    for (const l of this.listeners) l(value);
  }
  dispose() {
    this.listeners = [];
  }
}

export class Uri {
  constructor(scheme, path, query = '') {
    this.scheme = scheme;
    this.path = path;
    this.query = query;
    this.fsPath = path;
  }
  static file(path) {
    return new Uri('file', path);
  }
  static from(c) {
    return new Uri(c.scheme, c.path ?? '', c.query ?? '');
  }
  static parse(text) {
    return new Uri(text.split(':')[0] ?? 'file', text);
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path, change.query ?? this.query);
  }
  toString() {
    return `${this.scheme}:${this.path}`;
  }
}

export class TreeItem {
  constructor(label, collapsibleState) {
    this.label = label;
    this.collapsibleState = collapsibleState;
  }
}
export class ThemeIcon {
  constructor(id, color) {
    this.id = id;
    this.color = color;
  }
}
export class ThemeColor {
  constructor(id) {
    this.id = id;
  }
}
export class MarkdownString {
  constructor(value = '') {
    this.value = value;
  }
  appendMarkdown(text) {
    this.value += text;
    return this;
  }
  appendText(text) {
    this.value += text;
    return this;
  }
}
export class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}
export class Range {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
}
export class Selection extends Range {}
export class RelativePattern {
  constructor(base, pattern) {
    this.base = base;
    this.pattern = pattern;
  }
}
export class Diagnostic {
  constructor(range, message, severity) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}
export class WorkspaceEdit {
  insert() {}
}

export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };
export const TextEditorRevealType = { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 };
export const QuickPickItemKind = { Separator: -1, Default: 0 };
export const EndOfLine = { LF: 1, CRLF: 2 };

/** A namespace whose unknown members are recorded and answer with a no-op returning a disposable. */
function namespace(name, members) {
  return new Proxy(members, {
    get(target, prop) {
      if (prop in target || typeof prop === 'symbol') return target[prop];
      benchRecord.unmodelled.push(`${name}.${String(prop)}`);
      return () => new Disposable();
    },
  });
}

const logChannel = () => {
  count('output channel');
  const nothing = () => undefined;
  return { info: nothing, warn: nothing, error: nothing, debug: nothing, trace: nothing, appendLine: nothing, append: nothing, show: nothing, hide: nothing, dispose: nothing };
};

export const window = namespace('window', {
  activeTextEditor: undefined,
  visibleTextEditors: [],
  createOutputChannel: logChannel,
  createTreeView: () => {
    count('tree view');
    return { dispose() {}, onDidChangeVisibility: event, onDidChangeSelection: event, reveal: async () => undefined, visible: false };
  },
  createStatusBarItem: () => {
    count('status bar item');
    return { show() {}, hide() {}, dispose() {} };
  },
  onDidChangeActiveTextEditor: event,
  onDidChangeVisibleTextEditors: event,
  showInformationMessage: async () => undefined,
  showWarningMessage: async () => undefined,
  showErrorMessage: async () => undefined,
  setStatusBarMessage: () => new Disposable(),
  withProgress: (_options, task) => task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: event }),
});

export const workspace = namespace('workspace', {
  isTrusted: true,
  workspaceFolders: undefined,
  textDocuments: [],
  getConfiguration: () => ({ get: (_key, fallback) => fallback, has: () => false, update: async () => undefined }),
  onDidChangeWorkspaceFolders: event,
  onDidGrantWorkspaceTrust: event,
  onDidChangeConfiguration: event,
  onDidSaveTextDocument: event,
  onDidChangeTextDocument: event,
  createFileSystemWatcher: () => {
    count('file watcher');
    return { onDidChange: event, onDidCreate: event, onDidDelete: event, dispose() {} };
  },
  registerTextDocumentContentProvider: () => {
    count('content provider');
    return new Disposable();
  },
  fs: {
    stat: async () => {
      throw new Error('no folder is open');
    },
  },
});

export const commands = namespace('commands', {
  registerCommand: () => {
    count('command');
    return new Disposable();
  },
  executeCommand: async () => undefined,
});

export const languages = namespace('languages', {
  createDiagnosticCollection: () => {
    count('diagnostic collection');
    return { set() {}, delete() {}, clear() {}, dispose() {} };
  },
});
