import torch
from einops import repeat

gray = torch.tensor([[1, 2], [3, 4]])  # one h w image
print("gray =")
print(gray)

# Add a new axis: copy the gray image into 3 channels.
rgb = repeat(gray, "h w -> c h w", c=3)
print("rgb shape:", tuple(rgb.shape))
print("equal expand:", torch.equal(rgb, gray.unsqueeze(0).expand(3, -1, -1)))

# Tile an existing axis: the whole row pattern repeats, like Tensor.repeat.
tiled = repeat(gray, "h w -> h (r w)", r=2)
print("tiled =")
print(tiled)
print("equal repeat:", torch.equal(tiled, gray.repeat(1, 2)))

# Put r after w instead and each element repeats in place.
inter = repeat(gray, "h w -> h (w r)", r=2)
print("inter =")
print(inter)
ref = gray.repeat_interleave(2, dim=1)
print("equal repeat_interleave:", torch.equal(inter, ref))
