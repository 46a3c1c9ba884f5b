// The list of the current file's problems, with links to the rule texts (/rules/CODE).
import { ruleCode } from "./diagnostics.js";

const SEVERITY = { 1: "Error", 2: "Warning", 3: "Information", 4: "Hint" };

/** Shows `diagnostics` (LSP) in the table; `onGo(diagnostic)` moves the editor to one. */
export function renderProblems(table, counter, diagnostics, onGo) {
  const body = table.tBodies[0];
  const rows = diagnostics
    .slice()
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((d) => {
      const tr = document.createElement("tr");
      const severity = SEVERITY[d.severity ?? 1];
      tr.className = "sev-" + severity.toLowerCase();
      const sev = document.createElement("td");
      sev.textContent = severity;
      const line = document.createElement("td");
      const go = document.createElement("button");
      go.type = "button";
      go.className = "link";
      go.textContent = String(d.range.start.line + 1);
      go.setAttribute("aria-label", `Go to line ${d.range.start.line + 1}`);
      go.addEventListener("click", () => onGo(d));
      line.append(go);
      const message = document.createElement("td");
      message.textContent = d.message;
      const rule = document.createElement("td");
      const code = ruleCode(d);
      if (code) {
        const a = document.createElement("a");
        a.href = "/rules/" + encodeURIComponent(code);
        a.target = "_blank";
        a.rel = "noopener";
        a.textContent = code;
        a.title = "What rule " + code + " asks, and how to fix it";
        rule.append(a);
      }
      tr.append(sev, line, message, rule);
      return tr;
    });
  body.replaceChildren(...rows);
  const errors = diagnostics.filter((d) => (d.severity ?? 1) === 1).length;
  counter.textContent = diagnostics.length
    ? `(${diagnostics.length}: ${errors} error${errors === 1 ? "" : "s"})`
    : "(none)";
}
