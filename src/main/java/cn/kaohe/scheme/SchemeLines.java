package cn.kaohe.scheme;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each field of a YAML scheme document is written: a field path as the validator names it ({@code
 * categories[2].cap}) → 1-based line and column of its key (of the item, for a list entry). A path that is not
 * written (a missing field) answers the place of its nearest written parent.
 */
final class SchemeLines {

    /** A 1-based place in the text. */
    record Place(int line, int column) {}

    private static final Place START = new Place(1, 1);

    private final Map<String, Place> places = new HashMap<>();

    private SchemeLines() {}

    /** The places of a document that the YAML parser can read (call only after a successful parse). */
    static SchemeLines read(String yaml) {
        SchemeLines lines = new SchemeLines();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Node root = new Yaml(options).compose(new StringReader(yaml));
        if (root != null) {
            lines.walk(root, "");
        }
        return lines;
    }

    private void walk(Node node, String path) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    places.putIfAbsent(child, placeOf(key));
                    walk(t.getValueNode(), child);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node item = seq.getValue().get(i);
                String child = path + "[" + i + "]";
                places.putIfAbsent(child, placeOf(item));
                walk(item, child);
            }
        }
    }

    private static Place placeOf(Node node) {
        return new Place(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** The place of a field path, else of its nearest written parent, else the start of the document. */
    Place of(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Place hit = places.get(p);
            if (hit != null) {
                return hit;
            }
            p = parent(p);
        }
        return START;
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
