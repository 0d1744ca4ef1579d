package dev.sitrep.cli;

import dev.sitrep.judgments.JudgmentAdded;
import dev.sitrep.judgments.Judgments;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "judgments", mixinStandardHelpOptions = true, description = "Analysts' judgments.",
        subcommands = JudgmentsCommand.Add.class)
class JudgmentsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add judgment files (Markdown with YAML front matter); all or nothing.")
    static class Add implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        Add(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            for (JudgmentAdded added : spring.bean(Judgments.class).add(files)) {
                spec.commandLine().getOut().println(added);
            }
            return 0;
        }
    }
}
