package dev.autogen.model.jpa;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes of one {@link EntitySchemaCache} entry: the key it was stored under, the warnings the
 * read gave, and the schema. Every distinct string is written once, in a table at the front, and
 * referred to by number after that: a model of a thousand entities repeats the same column names
 * and texts thousands of times. Reading rebuilds the schema through the records' own constructors,
 * so an entry that decodes is a valid schema; anything unexpected is an {@link IOException}.
 *
 * <p>Bump {@link #VERSION} whenever the layout or the schema model changes: an entry of another
 * version is read as a miss.
 */
final class CachedSchemaFormat {
    private static final int MAGIC = 0x41475343; // "AGSC"
    static final int VERSION = 3;

    private CachedSchemaFormat() {
    }

    /** What an entry holds. */
    record Entry(String key, List<MappingWarnings.Warning> warnings, Schema schema) {
    }

    static byte[] write(Entry entry) throws IOException {
        Writer body = new Writer();
        body.string(entry.key());
        body.count(entry.warnings().size());
        for (MappingWarnings.Warning warning : entry.warnings()) {
            body.string(warning.logger());
            body.string(warning.message());
        }
        body.schema(entry.schema());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.bytes.size() + body.strings.size() * 16 + 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(body.strings.size());
        for (String s : body.strings.keySet()) {
            out.writeUTF(s);
        }
        body.bytes.writeTo(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** The entry, or an {@link IOException} when the bytes are not an entry of this version. */
    static Entry read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a cached schema of format version " + VERSION);
        }
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative string count");
        }
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            strings[i] = in.readUTF();
        }
        Reader reader = new Reader(in, strings);
        try {
            String key = reader.string();
            int warningCount = reader.count();
            List<MappingWarnings.Warning> warnings = new ArrayList<>(warningCount);
            for (int i = 0; i < warningCount; i++) {
                warnings.add(new MappingWarnings.Warning(reader.string(), reader.string()));
            }
            Schema schema = reader.schema();
            if (in.read() != -1) {
                throw new IOException("bytes after the schema");
            }
            return new Entry(key, warnings, schema);
        } catch (RuntimeException e) {
            // A record constructor refused what was read: the entry is damaged.
            throw new IOException("cached schema does not decode: " + e, e);
        }
    }

    private static final class Writer {
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream out = new DataOutputStream(bytes);

        void schema(Schema schema) throws IOException {
            count(schema.tables().size());
            for (Table table : schema.tables()) {
                table(table);
            }
            count(schema.sequences().size());
            for (Sequence sequence : schema.sequences()) {
                string(sequence.name());
                out.writeLong(sequence.start());
                out.writeLong(sequence.increment());
            }
        }

        private void table(Table table) throws IOException {
            string(table.name());
            optional(table.comment());
            count(table.columns().size());
            for (Column column : table.columns()) {
                column(column);
            }
            out.writeBoolean(table.primaryKey().isPresent());
            if (table.primaryKey().isPresent()) {
                optional(table.primaryKey().get().name());
                strings(table.primaryKey().get().columns());
            }
            count(table.uniqueConstraints().size());
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                optional(unique.name());
                strings(unique.columns());
            }
            count(table.indexes().size());
            for (Index index : table.indexes()) {
                string(index.name());
                strings(index.columns());
                out.writeBoolean(index.unique());
                strings(index.descending());
            }
            count(table.foreignKeys().size());
            for (ForeignKey key : table.foreignKeys()) {
                optional(key.name());
                strings(key.columns());
                string(key.referencedTable());
                strings(key.referencedColumns());
                out.writeByte(key.onDelete().ordinal());
            }
            count(table.checks().size());
            for (CheckConstraint check : table.checks()) {
                optional(check.name());
                string(check.condition());
            }
            count(table.initialRows().size());
            for (Map<String, Object> row : table.initialRows()) {
                count(row.size());
                for (Map.Entry<String, Object> cell : row.entrySet()) {
                    string(cell.getKey());
                    value(cell.getValue());
                }
            }
        }

        private void column(Column column) throws IOException {
            string(column.name());
            type(column.type());
            out.writeBoolean(column.nullable());
            optional(column.defaultValue());
            optional(column.comment());
            out.writeBoolean(column.identity());
        }

        private void type(ColumnType type) throws IOException {
            if (type instanceof ColumnType.Int t) {
                tagged(0, t.bits());
            } else if (type instanceof ColumnType.Varchar t) {
                tagged(1, t.length());
            } else if (type instanceof ColumnType.Char t) {
                tagged(2, t.length());
            } else if (type instanceof ColumnType.Text) {
                out.writeByte(3);
            } else if (type instanceof ColumnType.Numeric t) {
                tagged(4, t.precision());
                out.writeInt(t.scale());
            } else if (type instanceof ColumnType.Floating t) {
                tagged(5, t.bits());
            } else if (type instanceof ColumnType.Bool) {
                out.writeByte(6);
            } else if (type instanceof ColumnType.Date) {
                out.writeByte(7);
            } else if (type instanceof ColumnType.Time t) {
                tagged(8, t.withTimeZone() ? 1 : 0);
            } else if (type instanceof ColumnType.Timestamp t) {
                tagged(9, t.withTimeZone() ? 1 : 0);
            } else if (type instanceof ColumnType.Binary t) {
                tagged(10, t.length());
            } else if (type instanceof ColumnType.Blob) {
                out.writeByte(11);
            } else if (type instanceof ColumnType.Uuid) {
                out.writeByte(12);
            } else if (type instanceof ColumnType.Native t) {
                out.writeByte(13);
                string(t.sql());
            } else {
                throw new IOException("column type " + type + " is not cached");
            }
        }

        private void tagged(int tag, int value) throws IOException {
            out.writeByte(tag);
            out.writeInt(value);
        }

        /** Initial rows hold what {@link InitialRows} parses: whole numbers and strings (and null). */
        private void value(Object value) throws IOException {
            if (value == null) {
                out.writeByte(0);
            } else if (value instanceof Long number) {
                out.writeByte(1);
                out.writeLong(number);
            } else if (value instanceof String text) {
                out.writeByte(2);
                string(text);
            } else {
                throw new IOException("initial row value of type " + value.getClass().getName() + " is not cached");
            }
        }

        void string(String value) throws IOException {
            Integer index = strings.get(value);
            if (index == null) {
                index = strings.size();
                strings.put(value, index);
            }
            count(index);
        }

        private void strings(List<String> values) throws IOException {
            count(values.size());
            for (String value : values) {
                string(value);
            }
        }

        private void optional(Optional<String> value) throws IOException {
            out.writeBoolean(value.isPresent());
            if (value.isPresent()) {
                string(value.get());
            }
        }

        /** Counts and string numbers: one byte below 128, as most are. */
        void count(int value) throws IOException {
            while ((value & ~0x7F) != 0) {
                out.writeByte((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.writeByte(value);
        }
    }

    private static final class Reader {
        private static final ReferentialAction[] ACTIONS = ReferentialAction.values();

        private final DataInputStream in;
        private final String[] strings;

        Reader(DataInputStream in, String[] strings) {
            this.in = in;
            this.strings = strings;
        }

        Schema schema() throws IOException {
            int tableCount = count();
            List<Table> tables = new ArrayList<>(tableCount);
            for (int i = 0; i < tableCount; i++) {
                tables.add(table());
            }
            int sequenceCount = count();
            List<Sequence> sequences = new ArrayList<>(sequenceCount);
            for (int i = 0; i < sequenceCount; i++) {
                sequences.add(new Sequence(string(), in.readLong(), in.readLong()));
            }
            return new Schema(tables, sequences);
        }

        private Table table() throws IOException {
            Table.Builder table = Table.builder(string()).comment(optional());
            int columnCount = count();
            for (int i = 0; i < columnCount; i++) {
                table.column(column());
            }
            if (in.readBoolean()) {
                table.primaryKey(new PrimaryKey(optional(), strings()));
            }
            int uniqueCount = count();
            for (int i = 0; i < uniqueCount; i++) {
                table.uniqueConstraint(new UniqueConstraint(optional(), strings()));
            }
            int indexCount = count();
            for (int i = 0; i < indexCount; i++) {
                table.index(new Index(string(), strings(), in.readBoolean(), strings()));
            }
            int keyCount = count();
            for (int i = 0; i < keyCount; i++) {
                table.foreignKey(new ForeignKey(optional(), strings(), string(), strings(), action()));
            }
            int checkCount = count();
            for (int i = 0; i < checkCount; i++) {
                table.check(new CheckConstraint(optional(), string()));
            }
            int rowCount = count();
            for (int i = 0; i < rowCount; i++) {
                int cells = count();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int j = 0; j < cells; j++) {
                    row.put(string(), value());
                }
                table.initialRow(row);
            }
            return table.build();
        }

        private Column column() throws IOException {
            return Column.builder(string(), type())
                    .nullable(in.readBoolean())
                    .defaultValue(optional())
                    .comment(optional())
                    .identity(in.readBoolean())
                    .build();
        }

        private ColumnType type() throws IOException {
            int tag = in.readUnsignedByte();
            return switch (tag) {
                case 0 -> new ColumnType.Int(in.readInt());
                case 1 -> new ColumnType.Varchar(in.readInt());
                case 2 -> new ColumnType.Char(in.readInt());
                case 3 -> TEXT;
                case 4 -> new ColumnType.Numeric(in.readInt(), in.readInt());
                case 5 -> new ColumnType.Floating(in.readInt());
                case 6 -> BOOL;
                case 7 -> DATE;
                case 8 -> new ColumnType.Time(in.readInt() != 0);
                case 9 -> new ColumnType.Timestamp(in.readInt() != 0);
                case 10 -> new ColumnType.Binary(in.readInt());
                case 11 -> BLOB;
                case 12 -> UUID;
                case 13 -> new ColumnType.Native(string());
                default -> throw new IOException("unknown column type tag " + tag);
            };
        }

        private Object value() throws IOException {
            int tag = in.readUnsignedByte();
            return switch (tag) {
                case 0 -> null;
                case 1 -> in.readLong();
                case 2 -> string();
                default -> throw new IOException("unknown value tag " + tag);
            };
        }

        private ReferentialAction action() throws IOException {
            int ordinal = in.readUnsignedByte();
            if (ordinal >= ACTIONS.length) {
                throw new IOException("unknown referential action " + ordinal);
            }
            return ACTIONS[ordinal];
        }

        String string() throws IOException {
            int index = count();
            if (index >= strings.length) {
                throw new IOException("string number " + index + " of " + strings.length);
            }
            return strings[index];
        }

        private List<String> strings() throws IOException {
            int size = count();
            List<String> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(string());
            }
            return values;
        }

        private Optional<String> optional() throws IOException {
            return in.readBoolean() ? Optional.of(string()) : Optional.empty();
        }

        int count() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = in.readUnsignedByte();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("count too long");
        }
    }

    private static final ColumnType TEXT = new ColumnType.Text();
    private static final ColumnType BOOL = new ColumnType.Bool();
    private static final ColumnType DATE = new ColumnType.Date();
    private static final ColumnType BLOB = new ColumnType.Blob();
    private static final ColumnType UUID = new ColumnType.Uuid();
}
