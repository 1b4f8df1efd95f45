import torch

batch = torch.zeros(4, 3, 8, 8)  # 4 images, 3 channels, 8x8 pixels
print("batch shape:", tuple(batch.shape), "numel:", batch.numel())

# -1 means "whatever size makes the element count work out".
print("reshape(4, -1):", tuple(batch.reshape(4, -1).shape))
print("reshape(-1, 64):", tuple(batch.reshape(-1, 64).shape))
print("reshape(-1):", tuple(batch.reshape(-1).shape))
print("view(4, 3, -1):", tuple(batch.view(4, 3, -1).shape))

# Keep the batch size without hard-coding the rest.
flat = batch.reshape(batch.shape[0], -1)
print("flat shape:", tuple(flat.shape))
