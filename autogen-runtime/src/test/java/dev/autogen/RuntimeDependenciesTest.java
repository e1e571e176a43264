package dev.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The runtime an application ships depends on nothing but the JDK: its POM declares no compile or
 * runtime dependency, and no compiled class of it refers to a class outside the JDK and autogen.
 * A JDBC driver is the application's; Hibernate, JavaPoet and javac belong to autogen-core.
 */
class RuntimeDependenciesTest {

    @Test
    void thePomDeclaresTestDependenciesOnly() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        List<String> shipped = new ArrayList<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (!"test".equals(text(dependency, "scope"))) {
                shipped.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
            }
        }
        assertThat(shipped).as("compile or runtime dependencies of autogen-runtime").isEmpty();
    }

    @Test
    void compiledClassesReferToTheJdkAndAutogenOnly() throws IOException {
        Set<String> foreign = new TreeSet<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertThat(classFiles).as("compiled classes of autogen-runtime").hasSizeGreaterThan(50);
        for (Path classFile : classFiles) {
            for (String referenced : referencedClasses(classFile)) {
                if (!referenced.startsWith("java/") && !referenced.startsWith("javax/")
                        && !referenced.startsWith("dev/autogen/") && !referenced.startsWith("[")) {
                    foreign.add(referenced + " (from " + classFile.getFileName() + ")");
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }

    /** The CONSTANT_Class entries of a class file's constant pool (JVMS 4.4). */
    private static List<String> referencedClasses(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> classNameIndexes = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = data.readUTF();
                    case 7 -> classNameIndexes.add(data.readUnsignedShort());
                    case 8, 16, 19, 20 -> data.readUnsignedShort();
                    case 15 -> {
                        data.readUnsignedByte();
                        data.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
            List<String> names = new ArrayList<>();
            for (int index : classNameIndexes) {
                names.add(utf8[index]);
            }
            return names;
        }
    }
}
