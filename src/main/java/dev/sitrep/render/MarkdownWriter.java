package dev.sitrep.render;

import dev.sitrep.core.VisibleText;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** Writes the Markdown edition from a template folder's {@code assessment.md.ftl}. */
final class MarkdownWriter {

    static final String TEMPLATE = "assessment.md.ftl";

    private final Configuration freemarker;
    private final Path folder;

    MarkdownWriter(Path templateFolder) {
        this.folder = templateFolder;
        if (!Files.isRegularFile(templateFolder.resolve(TEMPLATE))) {
            throw new RenderException("template " + templateFolder.resolve(TEMPLATE) + " does not exist");
        }
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(templateFolder.toFile());
        } catch (IOException e) {
            throw new RenderException("cannot read template folder " + templateFolder + ": " + e.getMessage(), e);
        }
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        freemarker.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(false);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    String write(MarkdownView view) {
        try {
            Template template = freemarker.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(Map.of("v", view, "a", view.a()), out);
            // Last, over the whole text: whatever the template, the events or the analysts put in, no
            // invisible character reaches the edition able to reorder or hide what it says.
            return VisibleText.of(out.toString()).replaceAll("\\n{3,}", "\n\n");
        } catch (ParseException e) {
            throw new RenderException(where(e.getTemplateName(), e.getLineNumber()) + ": template syntax error: "
                    + e.getEditorMessage(), e);
        } catch (TemplateException e) {
            throw new RenderException(where(e.getTemplateSourceName(), e.getLineNumber()) + ": "
                    + firstLine(e.getMessageWithoutStackTop())
                    + (e.getBlamedExpressionString() == null ? "" : " (" + e.getBlamedExpressionString() + ")"), e);
        } catch (IOException e) {
            throw new RenderException("cannot read " + folder.resolve(TEMPLATE) + ": " + e.getMessage(), e);
        }
    }

    private String where(String templateName, Integer line) {
        return folder.resolve(templateName == null ? TEMPLATE : templateName) + ":" + (line == null ? "?" : line);
    }

    private static String firstLine(String message) {
        return message == null ? "template error" : message.strip().lines().findFirst().orElse(message);
    }
}
