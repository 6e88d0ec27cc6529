package org.hasila.app;

import org.hasila.app.cli.CommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** hasila's entry point: parses the command line, then runs the command in a Spring context. */
@SpringBootApplication
public class HasilaApplication {

    public static void main(String[] args) {
        System.exit(CommandLine.execute(HasilaApplication.class, args));
    }
}
