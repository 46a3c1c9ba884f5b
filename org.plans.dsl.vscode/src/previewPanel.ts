import { Disposable, TextDocument, ViewColumn, WebviewPanel, window, workspace } from 'vscode';
import { Debouncer } from './debounce';
import { messagePage } from './messagePage';
import { onPaper } from './paperPage';
import { PREVIEW_DELAY_MS, PREVIEW_REQUEST, PreviewKind, PreviewResult } from './previewKinds';
import { PlansServer } from './server';

/**
 * A webview beside the editor with the page the server's `plans/preview` request makes for
 * the plan being edited; asked again a moment after the last edit. Scripts stay disabled: the
 * page is self-contained HTML with its own Content-Security-Policy.
 */
export class PreviewPanel implements Disposable {
  private static current: PreviewPanel | undefined;

  private readonly panel: WebviewPanel;
  private readonly listeners: Disposable[] = [];
  private readonly debouncer = new Debouncer(PREVIEW_DELAY_MS, () => void this.refresh());
  private requests = 0;

  /** Shows the preview of a kind for a document, reusing the open preview. */
  static show(server: PlansServer, document: TextDocument, kind: PreviewKind): void {
    if (PreviewPanel.current) {
      PreviewPanel.current.retarget(document, kind);
      return;
    }
    PreviewPanel.current = new PreviewPanel(server, document, kind);
  }

  private constructor(
    private readonly server: PlansServer,
    private document: TextDocument,
    private kind: PreviewKind,
  ) {
    this.panel = window.createWebviewPanel(
      'plans.preview',
      this.title(),
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [] },
    );
    this.listeners.push(
      this.panel.onDidDispose(() => this.dispose()),
      workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) {
          this.debouncer.trigger();
        }
      }),
      window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === 'plans' && editor.document !== this.document) {
          this.retarget(editor.document, this.kind);
        }
      }),
    );
    void this.refresh();
  }

  dispose(): void {
    if (PreviewPanel.current === this) {
      PreviewPanel.current = undefined;
    }
    this.debouncer.cancel();
    this.listeners.forEach((listener) => listener.dispose());
    this.listeners.length = 0;
    this.panel.dispose();
  }

  private retarget(document: TextDocument, kind: PreviewKind): void {
    this.document = document;
    this.kind = kind;
    this.panel.title = this.title();
    this.panel.reveal(ViewColumn.Beside, true);
    void this.refresh();
  }

  private title(): string {
    return `${this.kind.label}: ${workspace.asRelativePath(this.document.uri, false)}`;
  }

  private async refresh(): Promise<void> {
    const request = ++this.requests;
    const client = this.server.client;
    let html: string;
    if (client === undefined) {
      html = messagePage('No preview', 'The plans language server is not running; see the Plans output for why.');
    } else {
      try {
        const result = await client.sendRequest<PreviewResult>(PREVIEW_REQUEST, {
          uri: client.code2ProtocolConverter.asUri(this.document.uri),
          kind: this.kind.kind,
        });
        html = onPaper(result.html);
      } catch (error) {
        html = messagePage('No preview', `The language server did not make the preview: ${error}`);
      }
    }
    if (request === this.requests && PreviewPanel.current === this) {
      this.panel.webview.html = html;
    }
  }
}
