import torch
from sklearn.datasets import load_wine

data = load_wine()
X = torch.tensor(data.data, dtype=torch.float32)
y = torch.tensor(data.target)
means = X.mean(dim=0)
print("features:", X.shape[1], "samples:", len(X))
print("smallest feature mean:", round(means.min().item(), 2))
print("largest feature mean:", round(means.max().item(), 1))

perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:124], perm[124:]
X_train, X_test = X[train_idx], X[test_idx]

# Statistics from the training set only, then used for both sets.
mean, std = X_train.mean(dim=0), X_train.std(dim=0)
Z_train = (X_train - mean) / std
Z_test = (X_test - mean) / std
print("train means now 0:", Z_train.mean(0).abs().max().item() < 1e-5)
print("train stds now 1:", Z_train.std(0).sub(1).abs().max().item() < 1e-5)
test_shift = Z_test.mean(0).abs().max().item()
print("test means, largest |mean|:", round(test_shift, 2))

outside = (Z_train.abs() > 1).float().mean().item()
print(f"train values outside [-1, 1]: {outside:.0%}")
print("largest |value|:", round(Z_train.abs().max().item(), 1))

# At test time: the training statistics, never the test batch's own.
batch = X_test[y[test_idx] == 0]  # a test batch of class-0 wines only
proline = data.feature_names.index("proline")
with_train = ((batch - mean) / std)[:, proline].mean().item()
with_own = ((batch - batch.mean(0)) / batch.std(0))[:, proline].mean().item()
print("class-0 batch, mean proline, train stats:", round(with_train, 2))
print("class-0 batch, mean proline, own stats:", round(with_own, 2) + 0.0)
