import dev.wireetl.common.format.*;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;

public class DecodeAlloc {
    public static void main(String[] a) throws Exception {
        StringBuilder sb = new StringBuilder();
        String line = "The quick brown fox jumps over the lazy dog near the river bank. Caf\u00e9 \u2013 ok\r\n";
        while (sb.length() < 32 * 1024 * 1024) sb.append(line);
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (int i = 0; i < 3; i++) {
            long before = mx.getThreadAllocatedBytes(tid);
            long t = System.nanoTime();
            TextDecoder.Result r = TextDecoder.decode(bytes);
            long ms = (System.nanoTime() - t) / 1_000_000;
            System.out.println("input_bytes=" + bytes.length + " allocated_bytes=" + (mx.getThreadAllocatedBytes(tid) - before) + " ms=" + ms + " chars=" + r.text().text().length());
        }
    }
}
