package org.mentorbot.teams.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bytes reach the upload session whole, in the fragments OneDrive takes, and a refusal is said in words. */
class OneDriveUploadTest {

    private final OneDriveUpload upload = new OneDriveUpload(Duration.ofSeconds(10), true);

    @Test
    void aFileOfTwelveMegabytesGoesInThreeFragmentsEachWithItsRange() throws Exception {
        byte[] file = new byte[12 * 1024 * 1024];
        new Random(7).nextBytes(file);
        try (FakeOneDrive drive = new FakeOneDrive(n -> n < 2 ? 202 : 201)) {
            upload.put(drive.uploadUrl(), file);

            assertThat(drive.fragments).extracting(FakeOneDrive.Fragment::method).containsOnly("PUT");
            assertThat(drive.fragments).extracting(FakeOneDrive.Fragment::contentRange).containsExactly(
                    "bytes 0-5242879/12582912", "bytes 5242880-10485759/12582912", "bytes 10485760-12582911/12582912");
            assertThat(OneDriveUpload.FRAGMENT % (320 * 1024)).as("fragments come in multiples of 320 KiB").isZero();
            assertThat(drive.received()).isEqualTo(file);
        }
    }

    @Test
    void aSmallFileGoesInOneFragment() throws Exception {
        try (FakeOneDrive drive = new FakeOneDrive(n -> 200)) {
            upload.put(drive.uploadUrl(), "a,b\r\n1,2\r\n".getBytes());

            assertThat(drive.fragments).extracting(FakeOneDrive.Fragment::contentRange).containsExactly("bytes 0-9/10");
        }
    }

    @Test
    void aRefusedFragmentStopsTheUploadAndSaysWhy() throws Exception {
        try (FakeOneDrive drive = new FakeOneDrive(n -> n == 0 ? 202 : 413)) {
            assertThatThrownBy(() -> upload.put(drive.uploadUrl(), new byte[OneDriveUpload.FRAGMENT * 3]))
                    .isInstanceOf(OneDriveUpload.UploadFailedException.class).hasMessage("OneDrive answered HTTP 413.");
            assertThat(drive.fragments).hasSize(2);
        }
    }

    @Test
    void anUnreachableSessionIsSaidInWords() {
        assertThatThrownBy(() -> upload.put("http://127.0.0.1:9/upload", new byte[10]))
                .isInstanceOf(OneDriveUpload.UploadFailedException.class).hasMessage("OneDrive could not be reached.");
    }

    @Test
    void onlyHttpsToSharePointIsTakenOutsideLocalMode() {
        OneDriveUpload registered = new OneDriveUpload(Duration.ofSeconds(1), false);

        assertThat(registered.takes("https://contoso-my.sharepoint.com/personal/upload?token=1")).isTrue();
        assertThat(registered.takes("HTTPS://Contoso-My.SharePoint.com/personal/upload")).isTrue();
        assertThat(registered.takes("http://contoso-my.sharepoint.com/upload")).isFalse();
        assertThat(registered.takes("https://upload.example.test/session")).as("only OneDrive's hosts").isFalse();
        assertThat(registered.takes("https://10.0.0.7/upload")).isFalse();
        assertThat(registered.takes("https://contoso-my.sharepoint.com.evil.example/upload")).isFalse();
        assertThat(registered.takes("https://me@contoso-my.sharepoint.com/upload")).isFalse();
        assertThat(registered.takes("file:///etc/passwd")).isFalse();
        assertThat(registered.takes("https:///no-host")).isFalse();
        assertThat(registered.takes("not a url")).isFalse();
        assertThat(registered.takes(null)).isFalse();
        assertThat(upload.takes("http://127.0.0.1:8080/upload")).as("local mode takes plain HTTP").isTrue();
        assertThatThrownBy(() -> registered.put("http://127.0.0.1:9/upload", new byte[1]))
                .isInstanceOf(OneDriveUpload.UploadFailedException.class);
    }
}
