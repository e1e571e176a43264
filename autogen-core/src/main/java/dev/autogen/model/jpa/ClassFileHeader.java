package dev.autogen.model.jpa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The class name and class-level runtime annotations read straight from a {@code .class} file.
 * Reading the bytes instead of loading the class keeps a scan fast and lets it skip classes whose
 * dependencies are missing from the entity classpath (repositories, services) without failing.
 */
record ClassFileHeader(String className, List<String> annotationDescriptors) {

    private static final int MAGIC = 0xCAFEBABE;

    /** Parses {@code bytes}; throws {@link IllegalArgumentException} when they are not a class file. */
    static ClassFileHeader parse(byte[] bytes) {
        try {
            return new Parser(ByteBuffer.wrap(bytes)).parse();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid class file", e);
        }
    }

    boolean hasAnnotation(String descriptor) {
        return annotationDescriptors.contains(descriptor);
    }

    /** A single forward pass over the class file; only UTF-8 constants are remembered. */
    private static final class Parser {
        private final ByteBuffer in;
        private int[] utf8Offsets;
        private int[] classNameIndexes;

        Parser(ByteBuffer in) {
            this.in = in;
        }

        ClassFileHeader parse() {
            if (in.getInt() != MAGIC) {
                throw new IllegalArgumentException("bad magic number");
            }
            in.position(in.position() + 4); // minor and major version
            readConstantPool();
            in.position(in.position() + 2); // access flags
            String name = utf8(classNameIndexes[u2()]).replace('/', '.');
            in.position(in.position() + 2); // super class
            skip(u2() * 2); // interfaces
            skipMembers(); // fields
            skipMembers(); // methods
            return new ClassFileHeader(name, classAnnotations());
        }

        private void readConstantPool() {
            int count = u2();
            utf8Offsets = new int[count];
            classNameIndexes = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.get();
                if (tag == 1) {
                    utf8Offsets[i] = in.position();
                    skip(u2());
                } else if (tag == 7) {
                    classNameIndexes[i] = u2();
                } else if (tag == 5 || tag == 6) {
                    skip(8);
                    i++; // longs and doubles take two slots
                } else {
                    skip(constantSize(tag));
                }
            }
        }

        private static int constantSize(int tag) {
            switch (tag) {
                case 8: case 16: case 19: case 20:
                    return 2;
                case 15:
                    return 3;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
                    return 4;
                default:
                    throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }

        private void skipMembers() {
            int count = u2();
            for (int i = 0; i < count; i++) {
                skip(6); // access flags, name, descriptor
                skipAttributes(u2());
            }
        }

        private void skipAttributes(int count) {
            for (int i = 0; i < count; i++) {
                skip(2);
                skip(in.getInt());
            }
        }

        private List<String> classAnnotations() {
            List<String> found = new ArrayList<>();
            int count = u2();
            for (int i = 0; i < count; i++) {
                String attribute = utf8(u2());
                int length = in.getInt();
                int end = in.position() + length;
                if (attribute.equals("RuntimeVisibleAnnotations")) {
                    int annotations = u2();
                    for (int a = 0; a < annotations; a++) {
                        found.add(utf8(u2()));
                        skipAnnotationBody();
                    }
                }
                in.position(end);
            }
            return found;
        }

        private void skipAnnotationBody() {
            int pairs = u2();
            for (int p = 0; p < pairs; p++) {
                skip(2);
                skipElementValue();
            }
        }

        private void skipElementValue() {
            int tag = in.get();
            if (tag == 'e') {
                skip(4);
            } else if (tag == '@') {
                skip(2);
                skipAnnotationBody();
            } else if (tag == '[') {
                int values = u2();
                for (int v = 0; v < values; v++) {
                    skipElementValue();
                }
            } else {
                skip(2); // constant, string or class index
            }
        }

        private String utf8(int index) {
            int offset = utf8Offsets[index];
            int length = in.getShort(offset) & 0xFFFF;
            // Modified UTF-8 differs from UTF-8 only for NUL and supplementary characters, which
            // no annotation or class name we compare against contains.
            return new String(in.array(), offset + 2, length, StandardCharsets.UTF_8);
        }

        private int u2() {
            return in.getShort() & 0xFFFF;
        }

        private void skip(int bytes) {
            in.position(in.position() + bytes);
        }
    }
}
