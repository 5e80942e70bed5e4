package dev.interviewlab.quiz.bank;

import dev.interviewlab.topic.content.ContentBytes;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every {@code *.yaml} item file of a folder on the classpath (inside the jar:
 * {@code classpath:db/content/quiz}) and checks the files as a whole: an item id is unique across
 * all of them. A folder without item files is an empty bank, not an error.
 */
public final class QuizBankReader {

    public static final String DEFAULT_LOCATION = "classpath:db/content/quiz";

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final ItemFileParser parser = new ItemFileParser();
    private final String location;

    public QuizBankReader(String location) {
        this.location = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }

    public List<ItemFile> read() {
        List<ItemFile> files = new ArrayList<>();
        Map<String, String> fileOfKey = new HashMap<>();
        for (Resource resource : itemResources()) {
            String fileLocation = location + "/" + resource.getFilename();
            byte[] bytes = ContentBytes.read(resource);
            ItemFileParser.Parsed parsed = parser.parse(fileLocation, new String(bytes, StandardCharsets.UTF_8));
            for (ItemDraft item : parsed.items()) {
                String earlier = fileOfKey.putIfAbsent(item.key(), fileLocation);
                if (earlier != null) {
                    throw new QuizContentException(fileLocation, item.key(), "duplicate id; " + earlier + " has it too");
                }
            }
            files.add(new ItemFile(fileLocation, ContentBytes.sha256(bytes), parsed.topicSlug(), parsed.items()));
        }
        return files;
    }

    private List<Resource> itemResources() {
        try {
            List<Resource> resources = new ArrayList<>(List.of(resolver.getResources(location + "/*.yaml")));
            resources.sort(Comparator.comparing(Resource::getFilename));
            return resources;
        } catch (FileNotFoundException e) {
            return List.of(); // no folder at all: nothing to load
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location, e);
        }
    }
}
