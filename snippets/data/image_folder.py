from pathlib import Path

import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, Dataset

# Write 4 images per class as 8x8 greyscale PGM files, one folder per class:
# digits/zero/0.pgm, ..., digits/two/3.pgm (in the current directory).
digits = load_digits()
for digit, name in enumerate(["zero", "one", "two"]):
    folder = Path("digits") / name
    folder.mkdir(parents=True, exist_ok=True)
    for n, image in enumerate(digits.images[digits.target == digit][:4]):
        pixels = (image * 255 / 16).round().astype("uint8")  # 0..16 to 0..255
        header = b"P5\n8 8\n255\n"  # binary PGM: width, height, max value
        (folder / f"{n}.pgm").write_bytes(header + pixels.tobytes())


def read_pgm(path):
    """A binary PGM file as a float tensor of shape (1, H, W) in [0, 1]."""
    _, size, _, pixels = path.read_bytes().split(b"\n", 3)
    w, h = map(int, size.split())
    image = torch.frombuffer(bytearray(pixels), dtype=torch.uint8)
    return image.reshape(1, h, w).float() / 255


class ImageFolderDataset(Dataset):
    """One subfolder per class; sample i is (image, class index)."""

    def __init__(self, root, transform=None):
        folders = sorted(p for p in Path(root).iterdir() if p.is_dir())
        self.classes = [folder.name for folder in folders]
        self.samples = [  # only paths are kept; images are read on demand
            (path, label)
            for label, folder in enumerate(folders)
            for path in sorted(folder.glob("*.pgm"))
        ]
        self.transform = transform

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        path, label = self.samples[i]
        image = read_pgm(path)
        if self.transform is not None:
            image = self.transform(image)
        return image, label


ds = ImageFolderDataset("digits")
print("classes:", ds.classes)
print("samples:", len(ds), "first file:", ds.samples[0][0].as_posix())
image, label = ds[0]
print("image:", tuple(image.shape), image.dtype, "label:", label)
print("range:", image.min().item(), "to", image.max().item())

g = torch.Generator().manual_seed(0)
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
for images, labels in loader:
    print("batch:", tuple(images.shape), "labels:", labels.tolist())
