package io.schemabuilder.source.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Follows a Visivo project's {@code includes: [{path: ...}]}, as Visivo does: a local path is relative to the file
 * that includes it, and an included file may include others. A remote include (a git repository, which Visivo
 * clones) is not followed: it is skipped with a warning, since fetching code from the network is not this tool's
 * job. A cycle is a problem naming the chain; a file reached twice by different ways is read once.
 */
final class VisivoIncludes {
    /**
     * Visivo's remote forms: {@code org/repo.git@ref} (optionally {@code -- file.yml}), and any git URL
     * ({@code https://...}, {@code git@host:...}, {@code git:...}, {@code github.com/org/repo/...}).
     */
    private static final Pattern REMOTE = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*://|git@|git:"
            + "|(?:www\\.)?(?:github|gitlab|bitbucket)\\.(?:com|org)/)|\\.git(?:$|[@/#\\s])");

    /** One file of a project as read: the project file or an included one, named as the user would write it. */
    record ProjectFile(Path file, String shownAs, Map<?, ?> document, byte[] bytes) {
    }

    /** Parses a file's bytes as YAML; a problem is thrown as a ConfigException. */
    interface Parser {
        Object parse(String shownAs, byte[] bytes) throws ConfigException;
    }

    private final Parser parser;
    private final List<String> problems;
    private final List<String> warnings;
    private final List<ProjectFile> files = new ArrayList<>();
    private final Set<Path> read = new HashSet<>();
    private final Deque<ProjectFile> chain = new ArrayDeque<>();

    private VisivoIncludes(Parser parser, List<String> problems, List<String> warnings) {
        this.parser = parser;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The project file, then every file it includes, depth first in the order written. */
    static List<ProjectFile> follow(ProjectFile project, Parser parser, List<String> problems, List<String> warnings) {
        VisivoIncludes includes = new VisivoIncludes(parser, problems, warnings);
        includes.visit(project);
        return List.copyOf(includes.files);
    }

    static boolean isRemote(String path) {
        return REMOTE.matcher(path.trim()).find();
    }

    private void visit(ProjectFile current) {
        files.add(current);
        read.add(current.file());
        chain.addLast(current);
        List<?> entries = entries(current);
        for (int i = 0; i < entries.size(); i++) {
            String where = current.shownAs() + ": include #" + (i + 1) + ": ";
            Object path = entries.get(i) instanceof Map<?, ?> entry ? entry.get("path") : null;
            if (path == null || String.valueOf(path).isBlank()) {
                problems.add(where + "must be a mapping with a path (includes: [{path: other.yml}])");
                continue;
            }
            String text = String.valueOf(path).trim();
            if (isRemote(text)) {
                warnings.add(current.shownAs() + ": include '" + text + "' is a remote (git) include, which"
                        + " schema-builder does not fetch: it is skipped, and sources defined there are not read");
                continue;
            }
            Path file = current.file().resolveSibling(text).normalize();
            String shownAs = shownAs(current.shownAs(), text);
            if (chain.stream().anyMatch(f -> f.file().equals(file))) {
                problems.add(where + "includes form a cycle: " + Stream.concat(chain.stream().map(ProjectFile::shownAs),
                        Stream.of(shownAs)).collect(Collectors.joining(" -> ")));
            } else if (!read.contains(file)) {
                ProjectFile included = load(file, shownAs, where);
                if (included != null) {
                    visit(included);
                }
            }
        }
        chain.removeLast();
    }

    private List<?> entries(ProjectFile file) {
        Object value = file.document().get("includes");
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        problems.add(file.shownAs() + ": field 'includes': must be a list of {path: ...}");
        return List.of();
    }

    private ProjectFile load(Path file, String shownAs, String where) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(where + "no such file: " + shownAs);
            return null;
        } catch (IOException e) {
            problems.add(where + "cannot read " + shownAs + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return null;
        }
        Object document;
        try {
            document = parser.parse(shownAs, bytes);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (document == null) {
            document = Map.of();
        }
        if (!(document instanceof Map<?, ?> map)) {
            problems.add(shownAs + ": must be a mapping (an included Visivo file)");
            return null;
        }
        return new ProjectFile(file, shownAs, map, bytes);
    }

    /** The included file named as the including one is (relative stays relative), so messages point where to look. */
    private static String shownAs(String including, String included) {
        Path parent = Path.of(including).getParent();
        return (parent == null ? Path.of(included) : parent.resolve(included)).normalize().toString();
    }
}
