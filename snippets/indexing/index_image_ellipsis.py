import torch

# One image: C x H x W = 2 channels, 3 rows, 4 columns.
img = torch.arange(24).reshape(2, 3, 4)

print("img[0]        shape", tuple(img[0].shape))  # channel 0
print("img[:, 0]     shape", tuple(img[:, 0].shape))  # top row
print("img[:, :, -1] shape", tuple(img[:, :, -1].shape))  # right column

# ... stands for "all the axes I did not mention".
print("img[..., -1]  shape", tuple(img[..., -1].shape))
print("same values:", torch.equal(img[:, :, -1], img[..., -1]))
print("img[1, ..., 0] =", img[1, ..., 0])  # channel 1, left column

# In a batch B x C x H x W the same index works for any number of axes.
batch = torch.zeros(8, 2, 3, 4)
print("batch[..., -1] shape", tuple(batch[..., -1].shape))
