package org.plans.dsl.tracker.model;

import java.time.LocalDate;
import java.util.Optional;

/** A milestone (GitHub, GitLab), version (Redmine, Jira) or iteration a plan's items belong to. */
public record TrackerMilestone(String name, Optional<LocalDate> due, String description) {
}
