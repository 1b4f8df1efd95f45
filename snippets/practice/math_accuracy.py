import torch

# Scores for 4 samples and 3 classes, and the true class of each sample.
output = torch.tensor(
    [[2.0, 0.1, -1.0], [0.3, 0.2, 1.5], [0.0, 2.2, 0.1], [1.0, 3.0, 0.5]]
)
y = torch.tensor([0, 2, 1, 0])
print("output:", tuple(output.shape), "y:", tuple(y.shape))

preds = output.argmax(dim=1)  # index of the highest score in each row
acc = (preds == y).float().mean().item()
print("preds:", preds)
print("correct:", (preds == y).sum().item(), "of", len(y))
print("accuracy:", acc)
