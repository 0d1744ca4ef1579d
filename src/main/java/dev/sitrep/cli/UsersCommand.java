package dev.sitrep.cli;

import dev.sitrep.web.security.AccountException;
import dev.sitrep.web.security.Role;
import dev.sitrep.web.security.UserAccount;
import dev.sitrep.web.security.Users;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Users of the HTTP API and pages, kept in the database (passwords as bcrypt hashes).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class})
class UsersCommand {

    static List<Role> roles(List<String> names) {
        return names.stream().map(Role::parse).distinct().toList();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user. The password is asked for at the terminal, or read as the first line of "
                    + "standard input with --password-stdin; never given as an argument, where other users and the "
                    + "shell's history could see it.")
    static class Add implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "ADMIN, ANALYST, ARCHIVIST or SUBSCRIBER; repeat or separate with ','")
        List<String> roles;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;

        Add(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() throws IOException {
            List<Role> wanted = roles(roles);
            char[] password = passwordStdin ? firstLineOfStdin() : askTwice();
            UserAccount user = spring.bean(Users.class).add(name, password, wanted);
            spec.commandLine().getOut().println("added user " + user.name() + " with role(s) "
                    + Role.join(user.roles()));
            return 0;
        }

        private static char[] firstLineOfStdin() throws IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new AccountException("--password-stdin: standard input is empty; pipe the password in, e.g. "
                        + "from a password manager");
            }
            return line.toCharArray();
        }

        private static char[] askTwice() {
            Console console = System.console();
            if (console == null) {
                throw new AccountException("no terminal to ask for the password: give --password-stdin and pipe it in");
            }
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Again: ");
            try {
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new AccountException("the two passwords differ; nothing was added");
                }
                return first.clone();
            } finally {
                if (first != null) {
                    Arrays.fill(first, '\0');
                }
                if (second != null) {
                    Arrays.fill(second, '\0');
                }
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The users in the database (those in configuration, sitrep.security.users, are not listed).")
    static class ListUsers implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        ListUsers(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<UserAccount> users = spring.bean(Users.class).list();
            users.forEach(u -> out.println(u.name() + "\t" + Role.join(u.roles()) + "\t"
                    + (u.enabled() ? "enabled" : "disabled") + "\tsince " + u.created()));
            out.println(users.size() + " user(s)");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user from the database.")
    static class Remove implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        Remove(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            spring.bean(Users.class).remove(name);
            spec.commandLine().getOut().println("removed user " + name);
            return 0;
        }
    }
}
