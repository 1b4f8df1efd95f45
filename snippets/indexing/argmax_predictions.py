import torch

torch.manual_seed(0)
logits = torch.randn(4, 3)  # a batch of 4 samples, 3 class scores each
labels = torch.tensor([0, 0, 1, 1])
print("logits =")
print(logits)

# dim=1 compares along each row: one class index per sample.
pred = logits.argmax(dim=1)
print("pred:", pred, "shape:", tuple(pred.shape))
print("correct:", (pred == labels).tolist())
print("accuracy:", round((pred == labels).float().mean().item(), 4))
