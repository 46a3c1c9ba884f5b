package org.plans.dsl.tracker.model;

/** A label with a six-digit hex colour (no '#') and a short description. */
public record TrackerLabel(String name, String color, String description) {
}
