package dev.interviewlab.markdown.diagram;

import java.util.Locale;

/**
 * Turns a {@link Diagram} into a {@code <figure>} with an inline SVG and a caption, in one
 * language. The output has no scripts, no styles and no attribute values from the author other
 * than escaped text, the validated id and the validated site-relative link. Deterministic.
 */
public final class DiagramRenderer {

    public String figure(Diagram diagram, Locale language) {
        SvgCanvas svg = new SvgCanvas();
        if (diagram.type() == Diagram.Type.SEQUENCE) {
            SequenceLayout.draw(diagram, language, svg);
        } else {
            GraphLayout.draw(diagram, language, svg);
        }
        String anchor = "fig-" + diagram.id();
        String title = diagram.title().in(language);
        StringBuilder html = new StringBuilder(8192);
        html.append("<figure class=\"diagram\" id=\"").append(anchor).append("\"><div class=\"diagram-scroll\">")
                .append(svg.svg(anchor, title, diagram.desc().in(language)))
                .append("</div><figcaption><span class=\"diagram-title\">").append(SvgCanvas.escape(title).replace("\n", " "))
                .append("</span>");
        if (diagram.link() != null) {
            html.append(" <a class=\"diagram-link\" href=\"").append(SvgCanvas.escape(diagram.link().href())).append("\">")
                    .append(SvgCanvas.escape(diagram.link().text().in(language))).append("</a>");
        }
        return html.append("</figcaption></figure>").toString();
    }

    /** The words of the figure in one language (title, description, labels), for search. */
    public String plainText(Diagram diagram, Locale language) {
        StringBuilder text = new StringBuilder();
        java.util.function.Consumer<Diagram.Text> add = label -> {
            String words = label.in(language).replace('\n', ' ').strip();
            if (!words.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(words);
            }
        };
        add.accept(diagram.title());
        add.accept(diagram.desc());
        diagram.participants().forEach(participant -> add.accept(participant.label()));
        for (Diagram.Step step : diagram.steps()) {
            if (step instanceof Diagram.Message message) {
                add.accept(message.label());
            } else if (step instanceof Diagram.State state) {
                add.accept(state.label());
            } else if (step instanceof Diagram.Note note) {
                add.accept(note.label());
            } else if (step instanceof Diagram.Gap gap) {
                add.accept(gap.label());
            }
        }
        diagram.nodes().forEach(node -> add.accept(node.label()));
        diagram.edges().forEach(edge -> add.accept(edge.label()));
        diagram.groups().forEach(group -> add.accept(group.label()));
        if (diagram.link() != null) {
            add.accept(diagram.link().text());
        }
        return text.toString();
    }
}
