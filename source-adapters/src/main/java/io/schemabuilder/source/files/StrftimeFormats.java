package io.schemabuilder.source.files;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** DuckDB's strftime-style formats ({@code %Y-%m-%d %H:%M:%S}), as the config takes them, turned into java.time's. */
final class StrftimeFormats {
    private static final Map<Character, String> FIELDS = Map.ofEntries(
            Map.entry('Y', "uuuu"), Map.entry('y', "uu"), Map.entry('m', "MM"), Map.entry('d', "dd"),
            Map.entry('H', "HH"), Map.entry('I', "hh"), Map.entry('M', "mm"), Map.entry('S', "ss"),
            Map.entry('f', "SSSSSS"), Map.entry('p', "a"), Map.entry('b', "MMM"), Map.entry('B', "MMMM"),
            Map.entry('z', "xx"), Map.entry('j', "DDD"), Map.entry('-', ""));

    private StrftimeFormats() {
    }

    static DateTimeFormatter toFormatter(String strftime) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < strftime.length(); i++) {
            char c = strftime.charAt(i);
            if (c == '%' && i + 1 < strftime.length()) {
                char field = strftime.charAt(++i);
                if (field == '-' && i + 1 < strftime.length()) {
                    field = strftime.charAt(++i);
                    String single = FIELDS.getOrDefault(field, "");
                    pattern.append(single.isEmpty() ? "" : single.substring(0, 1));
                    continue;
                }
                if (field == '%') {
                    pattern.append('%');
                    continue;
                }
                String java = FIELDS.get(field);
                if (java == null) {
                    throw new IllegalArgumentException("unsupported format field %" + field + " in " + strftime);
                }
                pattern.append(java);
            } else if (Character.isLetter(c)) {
                pattern.append('\'').append(c).append('\'');
            } else if (c == '\'') {
                pattern.append("''");
            } else {
                pattern.append(c);
            }
        }
        return DateTimeFormatter.ofPattern(pattern.toString(), Locale.ROOT);
    }
}
