package org.marsad.persons.verification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.console.CommandLine;
import org.marsad.console.ConsoleCommand;
import org.marsad.persons.AttestationPayload;
import org.marsad.persons.AttestationVerifier;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./marsad verify}: the signed file, a PNG of the QR code, a tampered copy.
 */
class VerifyCommandTests {

	private static final KeyPair KEYS = pair();

	@TempDir
	Path folder;

	static KeyPair pair() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String token(String fullName) throws Exception {
		AttestationPayload payload = new AttestationPayload(1, "a2", AttestationVerifier.keyId(KEYS.getPublic()),
				"Marsad", "2019-02-12T10:00:00Z", "p2", fullName, List.of(), "male", 1978, "exact", "SY", null,
				"attested", List.of(), List.of(), 0, 1, null);
		String encoded = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(JsonMapper.builder().build().writeValueAsBytes(payload));
		Signature ed25519 = Signature.getInstance("Ed25519");
		ed25519.initSign(KEYS.getPrivate());
		ed25519.update(AttestationVerifier.signingInput(encoded));
		return AttestationVerifier.PREFIX + encoded + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(ed25519.sign());
	}

	int run(Path file, ByteArrayOutputStream out) throws Exception {
		Path key = Files.writeString(this.folder.resolve("public.pem"), AttestationVerifier.pem(KEYS.getPublic()));
		return new VerifyCommand(List::of).run(CommandLine.parse(file.toString(), "--key-file", key.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
	}

	@Test
	void acceptsTheSignedFile() throws Exception {
		Path file = Files.writeString(this.folder.resolve("a.json"), "{\"token\":\"" + token("خالد العمر") + "\"}");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(run(file, out)).isEqualTo(ConsoleCommand.DONE);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("VALID").contains("خالد العمر");
	}

	@Test
	void readsTheQrCodeOfAPngImage() throws Exception {
		BitMatrix matrix = new QRCodeWriter().encode(token("خالد العمر"), BarcodeFormat.QR_CODE, 600, 600);
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x, y) ? 0 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		Path file = Files.write(this.folder.resolve("qr.png"), png.toByteArray());
		assertThat(run(file, new ByteArrayOutputStream())).isEqualTo(ConsoleCommand.DONE);
	}

	@Test
	void refusesATamperedCopy() throws Exception {
		String token = token("خالد العمر");
		String[] parts = token.split("\\.");
		String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("1978",
				"1988");
		Path file = Files.writeString(this.folder.resolve("t.json"), parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2]);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(run(file, out)).isEqualTo(ConsoleCommand.FAILED);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("INVALID");
	}

}
