import torch

batch = torch.ones(5, 2, 3)
W = torch.ones(3, 4)

# matmul treats the leading 5 as a batch dimension.
print("matmul:", tuple(torch.matmul(batch, W).shape))

# mm accepts only 2-D tensors and refuses the batch.
torch.mm(batch, W)  # raises RuntimeError
