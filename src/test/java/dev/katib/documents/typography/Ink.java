package dev.katib.documents.typography;

import java.awt.image.BufferedImage;

/**
 * The dark pixels of a region of a rasterised page, trimmed to where there is ink, and how closely
 * two such pictures agree: see {@link #agreement}.
 */
record Ink(boolean[][] dark, int width, int height) {

	private static final int DARK = 140;

	static Ink of(BufferedImage page, int left, int top, int right, int bottom) {
		int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
		for (int y = Math.max(0, top); y < Math.min(page.getHeight(), bottom); y++) {
			for (int x = Math.max(0, left); x < Math.min(page.getWidth(), right); x++) {
				if (dark(page.getRGB(x, y))) {
					minX = Math.min(minX, x);
					maxX = Math.max(maxX, x);
					minY = Math.min(minY, y);
					maxY = Math.max(maxY, y);
				}
			}
		}
		if (maxX < 0) {
			return new Ink(new boolean[0][0], 0, 0);
		}
		int width = maxX - minX + 1;
		int height = maxY - minY + 1;
		boolean[][] dark = new boolean[height][width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				dark[y][x] = dark(page.getRGB(minX + x, minY + y));
			}
		}
		return new Ink(dark, width, height);
	}

	/**
	 * The smaller of the two shares of inked pixels that have ink in the other picture at most one
	 * pixel away, once both are aligned at their ink's top left corner: 1 when they are the same
	 * drawing, far less when a mark sits elsewhere or a word is shaped differently.
	 */
	double agreement(Ink other) {
		return Math.min(covered(other), other.covered(this));
	}

	private double covered(Ink other) {
		int inked = 0;
		int matched = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (dark[y][x]) {
					inked++;
					if (other.near(x, y)) {
						matched++;
					}
				}
			}
		}
		return inked == 0 ? 0 : (double) matched / inked;
	}

	private boolean near(int x, int y) {
		for (int dy = -1; dy <= 1; dy++) {
			for (int dx = -1; dx <= 1; dx++) {
				if (at(x + dx, y + dy)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The picture, black on white, to look at. */
	BufferedImage picture() {
		BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, dark[y][x] ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		return image;
	}

	private boolean at(int x, int y) {
		return y >= 0 && x >= 0 && y < height && x < width && dark[y][x];
	}

	private static boolean dark(int rgb) {
		return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3 < DARK;
	}
}
