from pathlib import Path

import torch
import torch.nn.functional as F
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


# --8<-- [start:transforms]
class RandomCrop:
    """Pad with zeros, then cut a size x size window at a random place."""

    def __init__(self, size, padding, generator):
        self.size, self.padding, self.generator = size, padding, generator

    def __call__(self, image):  # image: (C, H, W)
        image = F.pad(image, [self.padding] * 4)  # left, right, top, bottom
        _, h, w = image.shape
        top = torch.randint(h - self.size + 1, (), generator=self.generator)
        left = torch.randint(w - self.size + 1, (), generator=self.generator)
        return image[:, top : top + self.size, left : left + self.size]


class RandomHorizontalFlip:
    def __init__(self, p, generator):
        self.p, self.generator = p, generator

    def __call__(self, image):
        if torch.rand((), generator=self.generator) < self.p:
            return image.flip(-1)  # reverse the width axis
        return image


class Normalize:
    def __init__(self, mean, std):
        self.mean, self.std = mean, std

    def __call__(self, image):
        return (image - self.mean) / self.std


class Compose:
    def __init__(self, transforms):
        self.transforms = transforms

    def __call__(self, image):
        for transform in self.transforms:
            image = transform(image)
        return image


g = torch.Generator().manual_seed(0)
tiny = torch.arange(1.0, 10.0).reshape(1, 3, 3)
print("flip:", RandomHorizontalFlip(p=1.0, generator=g)(tiny)[0].tolist())
print("crop:", RandomCrop(3, padding=1, generator=g)(tiny)[0].tolist())

# Mean and std of the pixels, measured once on the training images.
plain = torch.stack([image for image, _ in ImageFolderDataset("digits")])
mean, std = plain.mean().item(), plain.std().item()
print(f"pixel mean: {mean:.3f} std: {std:.3f}")

train_g = torch.Generator().manual_seed(0)
augment = Compose(
    [
        RandomCrop(8, padding=1, generator=train_g),
        RandomHorizontalFlip(p=0.5, generator=train_g),
        Normalize(mean, std),
    ]
)
ds = ImageFolderDataset("digits", transform=augment)
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
images, labels = next(iter(loader))
print("batch:", tuple(images.shape), "labels:", labels.tolist())
print(f"batch mean: {images.mean():.2f} std: {images.std():.2f}")
a, b = ds[0][0], ds[0][0]  # the same file, read and augmented twice
print("same sample, same pixels twice:", torch.equal(a, b))
train_g.manual_seed(0)
again = ds[0][0]
train_g.manual_seed(0)
print("re-seeded, same pixels:", torch.equal(again, ds[0][0]))
# --8<-- [end:transforms]
