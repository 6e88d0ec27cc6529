package org.hasila.app.job;

/** {@link KillAndRestartTests} on H2 file databases, reached by the second process through the first's server. */
class KillAndRestartIT extends KillAndRestartTests {

    @Override
    String db(String name) {
        return "jdbc:h2:file:" + work.resolve(name + "-db/hasila");
    }
}
