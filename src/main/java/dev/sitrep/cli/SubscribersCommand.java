package dev.sitrep.cli;

import dev.sitrep.delivery.Subscriber;
import dev.sitrep.delivery.Subscribers;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = "People who receive editions by e-mail (then `sitrep subscriptions add` for each job).",
        subcommands = {SubscribersCommand.Add.class, SubscribersCommand.ListSubscribers.class,
                SubscribersCommand.Remove.class})
class SubscribersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a subscriber, or make a bounced, unsubscribed or removed one active again.")
    static class Add implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--name", paramLabel = "NAME", description = "how to address them")
        String name;

        Add(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            Subscriber s = spring.bean(Subscribers.class).add(email, name);
            spec.commandLine().getOut().println("added subscriber " + s.email() + " (" + s.status() + ")");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Subscribers and their status.")
    static class ListSubscribers implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        ListSubscribers(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Subscriber> all = spring.bean(Subscribers.class).list();
            all.forEach(s -> out.println(s.email() + "\t" + s.status() + "\t" + (s.name() == null ? "" : s.name())
                    + "\tsince " + s.created()));
            out.println(all.size() + " subscriber(s)");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a subscriber and their subscriptions (the delivery log keeps what they were sent).")
    static class Remove implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EMAIL")
        String email;

        Remove(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            spring.bean(Subscribers.class).remove(email);
            spec.commandLine().getOut().println("removed subscriber " + email);
            return 0;
        }
    }
}
