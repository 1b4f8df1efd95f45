import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(4096, 2)
# A gap around the class boundary, so that accuracy does not hinge on the
# last bits of the weights (which differ from one CPU to another).
x = x[(x[:, 0] * x[:, 1]).abs() > 0.5][:512]
y = (x[:, 0] * x[:, 1] > 0).long()  # class 1 in two opposite quadrants
x_train, y_train, x_test, y_test = x[:256], y[:256], x[256:], y[256:]

model = nn.Sequential(
    nn.Linear(2, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.3),
    nn.Linear(8, 2),
)  # fmt: skip
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for _ in range(300):
    idx = torch.randint(0, 256, (32,))
    loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
    opt.zero_grad()
    loss.backward()
    opt.step()


def accuracy(batch_size):
    correct = 0
    with torch.no_grad():  # no gradients, but BatchNorm still updates
        for i in range(0, len(y_test), batch_size):
            xb, yb = x_test[i : i + batch_size], y_test[i : i + batch_size]
            correct += (model(xb).argmax(1) == yb).sum().item()
    return correct / len(y_test)


model.eval()
print(f"eval mode:                    {accuracy(256):.4f}")
model.train()  # forgot eval(), and the test loader uses batches of 4
print(f"train mode, batches of 4:     {accuracy(4):.4f}")
model.eval()  # the running statistics now come from those 64 batches
print(f"eval mode again:              {accuracy(256):.4f}")
