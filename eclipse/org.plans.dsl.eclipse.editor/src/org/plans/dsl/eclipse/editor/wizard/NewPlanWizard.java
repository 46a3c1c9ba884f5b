package org.plans.dsl.eclipse.editor.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/** File > New > Other... > Plans > Plan: a .plan file with a header and one priority, opened in the editor. */
public class NewPlanWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Plan");
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("plan", selection) {
			@Override
			protected InputStream getInitialContents() {
				String text = PlanTemplate.of(getFileName(), YearMonth.now(), keywords());
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Plan");
		page.setDescription("A new plan: its header and one priority.");
		page.setFileExtension("plan");
		page.setFileName("new-plan.plan");
		addPage(page);
	}

	/** The words of the language, which an id cannot be. */
	public static Set<String> keywords() {
		return GrammarUtil.getAllKeywords(PlansLanguage.get(IGrammarAccess.class).getGrammar());
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			// the file is there; the user can open it
		}
		return true;
	}
}
