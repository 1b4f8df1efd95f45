import numpy as np
import torch

# A batch of 2 videos: 5 frames, 3 channels, 4 x 4 pixels.
videos = np.arange(2 * 5 * 3 * 4 * 4, dtype=np.float32)
videos = videos.reshape(2, 5, 3, 4, 4)
print("NumPy ndim:", videos.ndim, "shape:", videos.shape)

# The same reduction in both libraries: mean over frames and pixels.
np_mean = videos.mean(axis=(1, 3, 4))
torch_mean = torch.from_numpy(videos).mean(dim=(1, 3, 4))
print("NumPy mean:", np_mean)
print("torch mean:", torch_mean)

print("64 axes:", np.zeros((1,) * 64).ndim)
np.zeros((1,) * 65)  # raises ValueError
