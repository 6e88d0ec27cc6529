package org.hasila.extract.entity;

/**
 * One way to read a folded token: its core without proclitics and article, whether it carried the
 * article, and how many leading chars (the proclitics that are not the article) lie outside the name.
 */
record Reading(String core, boolean definite, int skip) {
}
