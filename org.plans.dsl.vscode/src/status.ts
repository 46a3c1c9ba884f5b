import { Disposable, StatusBarAlignment, StatusBarItem, ThemeColor, window } from 'vscode';
import { ServerState, statusLook } from './statusText';

/** The status bar item: starting / ready / N errors / stopped; a click shows the server's output. */
export class ServerStatus implements Disposable {
  private readonly item: StatusBarItem;
  private state: ServerState = 'stopped';
  private errors = 0;
  private reason: string | undefined;

  constructor(showOutputCommand: string) {
    this.item = window.createStatusBarItem('plans.server', StatusBarAlignment.Left, 10);
    this.item.name = 'Plans language server';
    this.item.command = showOutputCommand;
    this.render();
    this.item.show();
  }

  setState(state: ServerState, reason?: string): void {
    this.state = state;
    this.reason = reason;
    this.render();
  }

  setErrors(errors: number): void {
    this.errors = errors;
    this.render();
  }

  dispose(): void {
    this.item.dispose();
  }

  private render(): void {
    const look = statusLook(this.state, this.errors, this.reason);
    this.item.text = look.text;
    this.item.tooltip = look.tooltip;
    this.item.backgroundColor = look.alarm ? new ThemeColor('statusBarItem.warningBackground') : undefined;
  }
}
