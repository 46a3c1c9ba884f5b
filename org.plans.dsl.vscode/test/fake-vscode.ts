// A stand-in for the `vscode` module, for tests of the extension's VS Code-facing code without a
// VS Code (esbuild --alias:vscode). It records what the code asks of the editor; the test sets
// the answers (`fake.answers`). Names it does not define are empty classes, so that
// vscode-languageclient's modules load.
import * as path from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export const fake = {
  commands: new Map<string, Listener>(),
  executed: [] as unknown[][],
  messages: [] as { level: string; text: string; items: string[] }[],
  statusItems: [] as Record<string, unknown>[],
  diagnostics: new Map<string, unknown[]>(),
  webviews: [] as { title: string; options: Record<string, unknown>; webview: { html: string } }[],
  opened: [] as string[],
  output: [] as string[],
  config: {} as Record<string, unknown>,
  answers: { message: undefined as string | undefined, quickPick: undefined as unknown, openDialog: undefined as unknown },
  workspaceFolders: [] as unknown[],
  activeTextEditor: undefined as unknown,
  documentDiagnostics: [] as unknown[],
  changeListeners: [] as Listener[],
  reset(): void {
    this.commands.clear();
    this.executed.length = 0;
    this.messages.length = 0;
    this.statusItems.length = 0;
    this.diagnostics.clear();
    this.webviews.length = 0;
    this.opened.length = 0;
    this.output.length = 0;
    this.changeListeners.length = 0;
  },
};

const disposable = { dispose: () => undefined };
const event = () => disposable;

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
    private readonly text: string,
  ) {}
  static file(file: string): Uri {
    return new Uri('file', path.resolve(file), `file://${path.resolve(file)}`);
  }
  static parse(text: string): Uri {
    return new Uri(text.split(':')[0], '', text);
  }
  toString(): string {
    return this.text;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  source?: string;
  code?: unknown;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity,
  ) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum ProgressLocation {
  Notification = 15,
}

export enum ViewColumn {
  Beside = -2,
}

function message(level: string) {
  return (text: string, ...items: string[]) => {
    fake.messages.push({ level, text, items });
    return Promise.resolve(items.includes(fake.answers.message ?? '') ? fake.answers.message : undefined);
  };
}

export const window = {
  createOutputChannel: () => ({
    appendLine: (line: string) => fake.output.push(line),
    append: (text: string) => fake.output.push(text),
    show: () => undefined,
    dispose: () => undefined,
  }),
  createStatusBarItem: (id: string) => {
    const item: Record<string, unknown> = { id, show: () => undefined, dispose: () => undefined };
    fake.statusItems.push(item);
    return item;
  },
  showErrorMessage: message('error'),
  showInformationMessage: message('info'),
  showWarningMessage: message('warning'),
  showQuickPick: (items: unknown) => Promise.resolve(Promise.resolve(items).then(() => fake.answers.quickPick)),
  showOpenDialog: () => Promise.resolve(fake.answers.openDialog),
  showWorkspaceFolderPick: () => Promise.resolve(fake.workspaceFolders[0]),
  withProgress: (_options: unknown, task: () => Promise<unknown>) => task(),
  createWebviewPanel: (_type: string, title: string, _column: unknown, options: Record<string, unknown>) => {
    const panel = { title, options, webview: { html: '' }, reveal: () => undefined, onDidDispose: event, dispose: () => undefined };
    fake.webviews.push(panel);
    return panel;
  },
  onDidChangeActiveTextEditor: event,
  get activeTextEditor() {
    return fake.activeTextEditor;
  },
};

export const commands = {
  registerCommand: (id: string, run: Listener) => {
    fake.commands.set(id, run);
    return disposable;
  },
  executeCommand: (id: string, ...args: unknown[]) => {
    fake.executed.push([id, ...args]);
    return Promise.resolve(fake.commands.get(id)?.(...args));
  },
};

export const languages = {
  onDidChangeDiagnostics: event,
  createDiagnosticCollection: () => ({
    set: (uri: Uri, list: unknown[]) => fake.diagnostics.set(uri.toString(), list),
    delete: (uri: Uri) => fake.diagnostics.delete(uri.toString()),
    has: (uri: Uri) => fake.diagnostics.has(uri.toString()),
    clear: () => fake.diagnostics.clear(),
    dispose: () => undefined,
  }),
  getDiagnostics: () => fake.documentDiagnostics,
};

export const workspace = {
  getConfiguration: () => ({ get: (key: string) => fake.config[key] }),
  onDidChangeConfiguration: event,
  onDidOpenTextDocument: event,
  onDidChangeTextDocument: (listener: Listener) => {
    fake.changeListeners.push(listener);
    return disposable;
  },
  createFileSystemWatcher: () => disposable,
  asRelativePath: (uri: Uri) => path.basename(uri.fsPath),
  get workspaceFolders() {
    return fake.workspaceFolders;
  },
  textDocuments: [] as unknown[],
};

export enum UIKind {
  Desktop = 1,
  Web = 2,
}

export const env = {
  uiKind: UIKind.Desktop,
  remoteName: undefined as string | undefined,
  openExternal: (uri: Uri) => {
    fake.opened.push(uri.toString());
    return Promise.resolve(true);
  },
};

// Anything else vscode-languageclient touches while its modules load.
export class CompletionItem {}
export class CodeAction {}
export class CodeLens {}
export class DocumentLink {}
export class InlayHint {}
export class SymbolInformation {}
export class CallHierarchyItem {}
export class TypeHierarchyItem {}
export class CancellationError extends Error {}
export class Disposable {
  constructor(private readonly callOnDispose: () => void) {}
  dispose(): void {
    this.callOnDispose();
  }
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
}
export class EventEmitter {
  event = event;
  fire(): void {}
  dispose(): void {}
}
