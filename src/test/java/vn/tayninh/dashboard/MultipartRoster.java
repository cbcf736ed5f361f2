package vn.tayninh.dashboard;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A roster file as the import endpoint takes it: {@code multipart/form-data} with one part named {@code file}. */
public final class MultipartRoster {

    private static final String BOUNDARY = "roster-file-boundary";

    private MultipartRoster() {
    }

    /** {@code request} as a POST of {@code csv} under the file name {@code roster.csv}. */
    public static HttpRequest.Builder post(HttpRequest.Builder request, byte[] csv) {
        return post(request, "roster.csv", csv);
    }

    public static HttpRequest.Builder post(HttpRequest.Builder request, String fileName, byte[] csv) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-Requested-With", "script")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
