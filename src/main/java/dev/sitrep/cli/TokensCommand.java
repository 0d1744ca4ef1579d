package dev.sitrep.cli;

import dev.sitrep.web.security.ApiToken;
import dev.sitrep.web.security.ApiTokens;
import dev.sitrep.web.security.IssuedToken;
import dev.sitrep.web.security.Role;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "API tokens for machines: sent as 'Authorization: Bearer <token>'. Only a hash is stored.",
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
class TokensCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it once: it cannot be shown again, only revoked and replaced.")
    static class Create implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, description = "who or what uses it, e.g. acled-importer")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "ADMIN, ANALYST, ARCHIVIST or SUBSCRIBER; repeat or separate with ','")
        List<String> roles;

        Create(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            IssuedToken issued = spring.bean(ApiTokens.class).create(name, UsersCommand.roles(roles));
            PrintWriter out = spec.commandLine().getOut();
            out.println("created " + issued.token().id() + " (" + issued.token().name() + ", "
                    + Role.join(issued.token().roles()) + "); the token, shown this once:");
            out.println(issued.secret());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The tokens: id, name, roles, dates.")
    static class ListTokens implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        ListTokens(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<ApiToken> tokens = spring.bean(ApiTokens.class).list();
            tokens.forEach(t -> out.println(t.id() + "\t" + t.name() + "\t" + Role.join(t.roles()) + "\tcreated "
                    + t.created() + "\tlast used " + orNever(t.lastUsed())
                    + (t.isRevoked() ? "\trevoked " + t.revoked() : "\tlive")));
            out.println(tokens.size() + " token(s)");
            return 0;
        }

        private static String orNever(Instant instant) {
            return instant == null ? "never" : instant.toString();
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a token: from now on it is refused (401). Revoking twice changes nothing.")
    static class Revoke implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "the token's id, from `sitrep tokens list`")
        String id;

        Revoke(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            ApiToken token = spring.bean(ApiTokens.class).revoke(id);
            spec.commandLine().getOut().println("revoked " + token.id() + " (" + token.name() + ") at "
                    + token.revoked());
            return 0;
        }
    }
}
