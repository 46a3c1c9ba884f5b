// Generate: choose targets, download the zip the server makes of their outputs.
import { generate } from "./api.js";

/** `targets`: [{name, description}] from /api/targets. */
export function setUpGenerate(button, targets) {
  const dialog = document.getElementById("generate-dialog");
  const list = document.getElementById("targets");
  const error = document.getElementById("generate-error");
  list.replaceChildren(
    ...targets.map(({ name, description }, i) => {
      const div = document.createElement("div");
      const input = document.createElement("input");
      input.type = "checkbox";
      input.id = "target-" + name;
      input.value = name;
      input.checked = i === 0;
      const lab = document.createElement("label");
      lab.htmlFor = input.id;
      lab.textContent = `${name}: ${description}`;
      div.append(input, lab);
      return div;
    }),
  );
  button.addEventListener("click", () => {
    error.textContent = "";
    dialog.showModal();
  });
  dialog.addEventListener("close", async () => {
    if (dialog.returnValue !== "generate") return;
    const chosen = [...list.querySelectorAll("input:checked")].map((input) => input.value);
    if (!chosen.length) return;
    try {
      const blob = await generate(chosen);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "plans-" + chosen.join("-") + ".zip";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } catch (e) {
      error.textContent = "Could not generate: " + e.message;
      dialog.showModal();
    }
  });
}
