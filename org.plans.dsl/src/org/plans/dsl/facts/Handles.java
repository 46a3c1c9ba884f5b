package org.plans.dsl.facts;

import java.util.Optional;
import java.util.regex.Pattern;

import org.plans.dsl.plans.ContactKind;

/**
 * What each platform accepts as a person's handle ({@code github "apatel"}): one token of the
 * platform's characters. The validator reports any other value (PLAN-109) and the tracker
 * targets never write one, so a handle cannot carry a line break, a quick action or a mention.
 */
public final class Handles {

	/** GitHub: letters, digits and single hyphens, not at either end; at most 39 characters. */
	private static final Pattern GITHUB = Pattern.compile("(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");

	/** GitLab: letters, digits, '_', '-' and '.'; not starting with '-' or '.', not ending with '.'. */
	private static final Pattern GITLAB = Pattern.compile("(?=.{1,255}$)[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?");

	/** Jira: a user name or account id: letters, digits, '_', '.', '@', ':', '-', starting with a letter, digit or '_'. */
	private static final Pattern JIRA = Pattern.compile("(?=.{1,255}$)[A-Za-z0-9_][A-Za-z0-9_.@:-]*");

	/** Redmine: a login: letters, digits, '_', '-', '@' and '.', starting with a letter, digit or '_'; at most 60. */
	private static final Pattern REDMINE = Pattern.compile("(?=.{1,60}$)[A-Za-z0-9_][A-Za-z0-9_.@-]*");

	/** Azure Boards: a display name or e-mail address on one line, without control characters. */
	private static final Pattern AZURE = Pattern.compile("(?=.{1,256}$)[^\\p{Cc}\\p{Zl}\\p{Zp}\\s][^\\p{Cc}\\p{Zl}\\p{Zp}]*(?<!\\s)");

	private Handles() {
	}

	/** Whether {@code value} is a handle the platform accepts; e-mail addresses are not checked here. */
	public static boolean isValid(ContactKind kind, String value) {
		Optional<Pattern> pattern = pattern(kind);
		return value != null && (pattern.isEmpty() || pattern.get().matcher(value).matches());
	}

	/** The characters a platform's handle may have, for messages; empty for kinds not checked. */
	public static Optional<String> allowed(ContactKind kind) {
		return Optional.ofNullable(switch (kind) {
		case GITHUB -> "one word of letters, digits and single hyphens (not first or last), at most 39 characters";
		case GITLAB -> "one word of letters, digits, '_', '-' and '.' (not starting with '-' or '.', not ending with '.')";
		case JIRA -> "one word of letters, digits, '_', '.', '@', ':' and '-' (starting with a letter, digit or '_')";
		case REDMINE -> "one word of letters, digits, '_', '-', '@' and '.' (starting with a letter, digit or '_'), at most 60 characters";
		case AZURE -> "a display name or e-mail address on one line, without control characters";
		default -> null;
		});
	}

	private static Optional<Pattern> pattern(ContactKind kind) {
		return Optional.ofNullable(switch (kind) {
		case GITHUB -> GITHUB;
		case GITLAB -> GITLAB;
		case JIRA -> JIRA;
		case REDMINE -> REDMINE;
		case AZURE -> AZURE;
		default -> null;
		});
	}
}
