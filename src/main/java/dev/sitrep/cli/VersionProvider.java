package dev.sitrep.cli;

import picocli.CommandLine;

/** The version the jar was built as (from its manifest), without starting Spring. */
class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"sitrep " + (v == null ? "(development build)" : v)};
    }
}
