import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.errors.RetriableException;
public class DumpErrors {
    public static void main(String[] a) {
        StringBuilder sb = new StringBuilder("[\n");
        boolean first = true;
        for (Errors e : Errors.values()) {
            boolean retriable = e.exception() instanceof RetriableException;
            String ex = e.exception() == null ? "" : e.exception().getClass().getSimpleName();
            if (!first) sb.append(",\n");
            first = false;
            sb.append(String.format("{\"code\": %d, \"name\": \"%s\", \"retriable\": %b, \"exception\": \"%s\"}", e.code(), e.name(), retriable, ex));
        }
        sb.append("\n]");
        System.out.println(sb);
    }
}
